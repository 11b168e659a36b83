package org.unkg.normalize;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote marks that text pulled from a PDF prints as plain digits ({@code treaties,1 and},
 * {@code Protocols2 in}, {@code 1949 2 and}, {@code 20151}) and turns them into {@link FootnoteMark}s. Marks are
 * looked for in footnote order, each after the one before, so a digit is read as a mark only where the next
 * footnote's number is due: {@code paragraph 2 above} and {@code Add.1} stay text.
 */
final class InlineMarks {
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "para", "paras", "vol", "vols", "add", "rev",
            "corr", "art", "arts", "p", "pp", "chap", "sect", "suppl", "amend", "annex", "op", "mr", "ms", "dr", "st");
    private static final int REACH = 400;
    /** A year with digits glued on, a number after a space, or a number glued to a word or its punctuation. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d/.\\-])(\\d{4})(\\d{1,3})(?=[\\s,;:.)\u201d]|$)"
            + "|(?<=\\s)(\\d{1,3})(?=[\\s,;:.)]|$)|(?<=[\\p{L},;:.)\u201d\u2019\"\\]])(\\d{1,3})(?=[\\s,;:.)]|$)");

    private static final Pattern RESOLUTION_NUMBER_BEFORE = Pattern.compile("(?<![\\w/.\\-])\\d{1,2}/\\d{1,3}$");

    private InlineMarks() {
    }

    /** Rewrites marks in {@code lines} for the footnotes numbered {@code numbers}, in order. */
    static void apply(List<Line> lines, List<Footnote> footnotes) {
        int line = 0;
        int col = 0;
        for (Footnote f : footnotes) {
            if (!f.number().matches("\\d+")) {
                continue;
            }
            // the mark stands above the note, on the same page: a few lines of slack for a note split across pages
            int[] at = find(lines, f.number(), line, col, Math.min(lines.size(), f.anchor() + 3));
            if (at != null) {
                Line l = lines.get(at[0]);
                lines.set(at[0], new Line(rewrite(l.text(), at[1], at[2], f.number()), l.kind(), l.page(), l.indent()));
                line = at[0];
                col = at[1] + 2 + f.number().length();
            }
        }
    }

    private static int[] find(List<Line> lines, String n, int line, int col, int until) {
        Pattern p = CANDIDATE;
        // "54/2639 and": a mark glued to a resolution number, the number's digits and the mark's run together; only
        // where the run is too long for a number (a session numbers its resolutions with at most three digits)
        Pattern gluedToNumber = Pattern.compile("(?<![\\w/.\\-])\\d{1,2}/(?=\\d{4,6}(?![\\w/]))\\d{1,3}("
                + Pattern.quote(n) + ")(?=[\\s,;:.)]|$)");
        for (int i = line; i < until && i < line + REACH; i++) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            String s = l.string();
            int from = i == line ? Math.min(col, s.length()) : 0;
            if (s.indexOf(n, from) < 0) {
                continue;
            }
            Matcher glued = gluedToNumber.matcher(s);
            int gluedAt = glued.find(from) ? glued.start(1) : -1;
            Matcher m = p.matcher(s);
            while (m.find(from)) {
                if (gluedAt >= 0 && m.start() > gluedAt) {
                    break;
                }
                int start;
                String digits = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                if (!digits.equals(n)) {
                    from = m.end();
                    continue;
                }
                if (m.group(2) != null) {
                    start = m.start(2);
                    if (!plausibleYear(m.group(1))) {
                        from = m.end();
                        continue;
                    }
                } else if (m.group(3) != null) {
                    start = m.start(3);
                    if (!spacedMarkContext(s, start)) {
                        from = m.end();
                        continue;
                    }
                } else {
                    start = m.start(4);
                    if (!gluedMarkContext(s, start)) {
                        from = m.end();
                        continue;
                    }
                }
                return new int[] {i, start, start + n.length()};
            }
            if (gluedAt >= 0) {
                return new int[] {i, gluedAt, gluedAt + n.length()};
            }
        }
        return null;
    }

    private static boolean plausibleYear(String y) {
        int v = Integer.parseInt(y);
        return v >= 1800 && v <= 2100;
    }

    /** {@code 1949 2 and}, {@code November, 21 24}: a spaced mark follows a year or a word's punctuation. */
    private static boolean spacedMarkContext(String s, int start) {
        int k = start - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = s.charAt(k);
        if (Character.isDigit(c)) {
            boolean year = k >= 3 && s.substring(k - 3, k + 1).matches("(?:1[89]|20)\\d\\d")
                    && (k < 4 || !Character.isLetterOrDigit(s.charAt(k - 4)));
            // "resolutions 71/205 13 and 72/190": a mark after a resolution number
            return year || RESOLUTION_NUMBER_BEFORE.matcher(s.substring(Math.max(0, k - 9), k + 1)).find();
        }
        if (",;:".indexOf(c) >= 0 || c == '\u201d' || c == ')') {
            return k >= 1 && (Character.isLetter(s.charAt(k - 1)) || endsWithYear(s, k)
                    || s.charAt(k - 1) == '\u201d' || s.charAt(k - 1) == ')'
                    || RESOLUTION_NUMBER_BEFORE.matcher(s.substring(Math.max(0, k - 9), k)).find());
        }
        return false;
    }

    /** {@code treaties,1} and {@code Protocols2}: glued to a word, never to a symbol or an abbreviation. */
    private static boolean gluedMarkContext(String s, int start) {
        int t = start;
        while (t > 0 && !Character.isWhitespace(s.charAt(t - 1))) {
            t--;
        }
        String token = s.substring(t, start);
        if (token.matches("(?:1[89]|20)\\d\\d[,;:]") || token.matches("\\d{1,2}/\\d{1,3}[,;:]")) {
            return true; // "for 2023,1", "54/18,37": a year or a resolution number, its comma, then the mark
        }
        if (token.contains("/") || token.matches(".*\\d.*") || token.matches("[A-Z]{1,6}")) {
            return false;
        }
        if (token.endsWith(".")) {
            String word = token.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
            return word.length() > 2 && !ABBREVIATIONS.contains(word);
        }
        return true;
    }

    /** {@code of 25 September 2014, 1}: the punctuation at {@code k} closes a year. */
    private static boolean endsWithYear(String s, int k) {
        return k >= 4 && s.substring(k - 4, k).matches("(?:1[89]|20)\\d\\d")
                && (k < 5 || !Character.isLetterOrDigit(s.charAt(k - 5)));
    }

    private static MappedText rewrite(MappedText t, int start, int end, String n) {
        MappedText.Builder b = MappedText.builder();
        b.append(t.slice(0, start));
        FootnoteMark.append(b, n, t.source(start), t.source(end - 1) + 1);
        b.append(t.slice(end, t.length()));
        return b.build();
    }
}
