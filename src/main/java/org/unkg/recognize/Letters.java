package org.unkg.recognize;

/**
 * The regex classes {@code \p{L}} and {@code \p{N}} for one {@code char}, for the word scanners that replace a
 * pattern tried at every character of a passage. They agree with the pattern on text without surrogate pairs,
 * which the pattern reads as one code point; {@link #hasSurrogates} says when a scanner must use its pattern.
 *
 * <pre>{@code
 * Letters.isNumber('٣');          // true: \p{N} is every kind of number, not only 0-9
 * Letters.hasSurrogates("A/RES/1");  // false
 * }</pre>
 */
final class Letters {
    private Letters() {
    }

    /** {@code \p{N}}: a decimal digit, a letter number (Ⅻ) or another number (½). */
    static boolean isNumber(char c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@code [\p{L}\p{N}]}. */
    static boolean isLetterOrNumber(char c) {
        return Character.isLetter(c) || isNumber(c);
    }

    /**
     * For a text with surrogate pairs, which the scanners do not read as the pattern does: adds the {start, end} of
     * every match of {@code word} and returns true. For any other text, adds nothing and returns false.
     */
    static boolean scannedByPattern(String s, java.util.regex.Pattern word, java.util.List<int[]> out) {
        if (!hasSurrogates(s)) {
            return false;
        }
        java.util.regex.Matcher m = word.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return true;
    }

    /** Whether {@code s} holds a surrogate, so that a pattern would read some of its characters as code points. */
    static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
