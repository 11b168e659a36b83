package org.unkg.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Capitalized names that end in a body word ({@code Terrorism Prevention Branch}, {@code Special Committee on
 * Peacekeeping Operations}), found by walking words rather than by one backtracking pattern: a run of capitalized
 * words joined by small words, cut after its last body word, then an optional "of/on/for/in/against (the) …" title.
 * It finds what the pattern {@code ((Cap (small)*)* Head (prep (the)? Cap ((small)* Cap)*)?)} finds, leftmost first.
 */
final class GenericBodyNames {
    static final Set<String> HEADS = org.unkg.grammar.BodyHeads.words();
    private static final Set<String> JOINERS = Set.of("of", "on", "for", "and", "the", "in");
    private static final Set<String> TITLE_JOINERS = Set.of("and", "of", "the", "for", "in", "on");
    private static final Set<String> PREPOSITIONS = Set.of("of", "on", "for", "in", "against");
    /** A word; one glued to digits ("Tunas45", "P5") is no word of a name. */
    static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}][\\p{L}\\-\u2019']*+(?![\\p{N}_])");

    private final String s;
    private final List<int[]> words = new ArrayList<>();

    GenericBodyNames(String s) {
        this.s = s;
        words(s, words);
    }

    /**
     * Adds the {start, end} of every {@link #WORD} in {@code s}: one pass over the characters, which finds what the
     * pattern finds (the test says so on random text) at a fraction of the cost of trying it at every character.
     * A text with surrogate pairs, whose letters the pattern reads as code points, goes through the pattern.
     */
    static void words(String s, List<int[]> out) {
        if (Letters.scannedByPattern(s, WORD, out)) {
            return;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetter(s.charAt(i)) && (i == 0 || !Letters.isLetterOrNumber(s.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '\u2019'
                        || s.charAt(j) == '\'')) {
                    j++;
                }
                // the run is possessive: a digit or underscore after it fails it, and every later start inside it
                if (j == n || !(Letters.isNumber(s.charAt(j)) || s.charAt(j) == '_')) {
                    out.add(new int[] {i, j});
                    i = j;
                    continue;
                }
            }
            i++;
        }
    }

    /** The first name starting at or after {@code from}, as {start, end}, or null. */
    int[] next(int from) {
        int i = 0;
        while (i < words.size() && words.get(i)[0] < from) {
            i++;
        }
        while (i < words.size()) {
            if (!capital(i)) {
                i++;
                continue;
            }
            // the run of capitalized words joined by small words
            int last = i;
            int head = headEnd(i) >= 0 ? i : -1;
            int j = i;
            while (true) {
                int k = j + 1;
                int prev = j;
                while (k < words.size() && joiner(k, JOINERS) && spaced(prev, k)) {
                    prev = k;
                    k++;
                }
                if (k < words.size() && capital(k) && spaced(prev, k)) {
                    j = k;
                    last = k;
                    if (headEnd(k) >= 0) {
                        head = k;
                    }
                } else {
                    break;
                }
            }
            if (head < 0) {
                i = last + 1;
                continue;
            }
            int end = headEnd(head);
            if (end == words.get(head)[1]) {
                end = tail(head, end);
            }
            while (end > words.get(i)[0] && (s.charAt(end - 1) == '\u2019' || s.charAt(end - 1) == '\'')) {
                end--; // "the Board of Governors’ report": the apostrophe is the report's
            }
            return new int[] {words.get(i)[0], end};
        }
        return null;
    }

    /** "… of the Peacekeeping Operations": the title after the body word, to its last capitalized word. */
    private int tail(int head, int end) {
        int k = head + 1;
        if (k >= words.size() || !joiner(k, PREPOSITIONS) || !spaced(head, k)) {
            return end;
        }
        int prev = k;
        k++;
        if (k < words.size() && text(k).equals("the") && spaced(prev, k)) {
            prev = k;
            k++;
        }
        if (k >= words.size() || !capital(k) || !spaced(prev, k)) {
            return end;
        }
        int lastCap = k;
        while (true) {
            int m = lastCap + 1;
            int p = lastCap;
            while (m < words.size() && joiner(m, TITLE_JOINERS) && spaced(p, m)) {
                p = m;
                m++;
            }
            if (m < words.size() && capital(m) && spaced(p, m)) {
                lastCap = m;
            } else {
                break;
            }
        }
        return words.get(lastCap)[1];
    }

    /** Where the body word of word {@code i} ends ("Committee", or "Committee" in "Committee’s"), or -1. */
    private int headEnd(int i) {
        String w = text(i);
        if (HEADS.contains(w)) {
            return words.get(i)[1];
        }
        int dash = w.indexOf('-');
        if (dash > 0 && HEADS.contains(w.substring(0, dash))) {
            return words.get(i)[0] + dash; // "African Union-led", "African Union-United Nations" name the Union
        }
        for (String suffix : new String[] {"\u2019s", "'s", "\u2019", "'"}) {
            if (w.endsWith(suffix) && HEADS.contains(w.substring(0, w.length() - suffix.length()))) {
                return words.get(i)[0] + w.length() - suffix.length();
            }
        }
        return -1;
    }

    /** A capitalized word of two letters or more ("OSPAR" counts; a lone "S" of a masthead does not). */
    private boolean capital(int i) {
        int start = words.get(i)[0];
        char c = s.charAt(start);
        return c >= 'A' && c <= 'Z' && words.get(i)[1] - start >= 2 && (start == 0 || s.charAt(start - 1) != '-');
    }

    private boolean joiner(int i, Set<String> set) {
        return set.contains(text(i));
    }

    /** Only a little white space between two words: a wide gap is a masthead's columns, not a name. */
    private boolean spaced(int a, int b) {
        int from = words.get(a)[1];
        int to = words.get(b)[0];
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private String text(int i) {
        return s.substring(words.get(i)[0], words.get(i)[1]);
    }
}
