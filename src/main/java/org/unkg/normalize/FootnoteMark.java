package org.unkg.normalize;

import java.util.regex.Pattern;

/**
 * How normalized text carries a footnote reference: {@code U+E000}, the footnote number, {@code U+E001}. Every
 * source spelling of a mark (superscript ¹, {@code [^1]}, {@code ^{1}}, a digit glued to a word or a year) becomes
 * this one token, mapped to the source characters of the mark, so later stages match marks with one pattern and
 * never read {@code 20151} as a year.
 */
public final class FootnoteMark {
    /** Opens a mark. */
    public static final char OPEN = '\uE000';
    /** Closes a mark. */
    public static final char CLOSE = '\uE001';
    /** A mark; group 1 is the footnote number. */
    public static final Pattern PATTERN = Pattern.compile("\uE000(\\d+)\uE001");
    /** Regex source for an optional run of marks with optional space before, for embedding in other patterns. */
    public static final String OPTIONAL = "(?:\\s*\uE000\\d+\uE001)*";

    private FootnoteMark() {
    }

    /** Appends a mark for footnote {@code number}, every character mapped to the mark's source span. */
    static void append(MappedText.Builder b, String number, int sourceStart, int sourceEnd) {
        b.append(OPEN, sourceStart);
        for (int i = 0; i < number.length(); i++) {
            b.append(number.charAt(i), Math.min(sourceStart + i, sourceEnd - 1));
        }
        b.append(CLOSE, sourceEnd - 1);
    }

    /** {@code s} with every mark removed (for display values such as titles). */
    public static String strip(CharSequence s) {
        String text = s.toString();
        // most texts hold no mark: no matcher for them (strip is called on every line a paragraph is joined from)
        return text.indexOf(OPEN) < 0 ? text : PATTERN.matcher(text).replaceAll("");
    }
}
