package org.unkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.source.SourceFormat;

/**
 * Splits a source into physical lines and cleans each according to its format: markdown links and emphasis
 * unwrapped, superscript and {@code [^n]} marks made {@link FootnoteMark}s, ODS {@code [DU1]} artefacts dropped.
 * Every kept character keeps its source offset.
 */
final class LineReader {
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\(([^()\\s]*)\\)");
    private static final Pattern MD_FOOTREF = Pattern.compile("\\[\\^(\\d+)\\](?::)?");
    private static final Pattern CARET_REF = Pattern.compile("\\^\\{(\\d+(?:\\s*,\\s*\\d+)*)\\}");
    private static final Pattern SUP_TAG = Pattern.compile("<sup>\\s*(\\d+)\\s*</sup>");
    private static final Pattern ODS_ARTEFACT = Pattern.compile("\\[DU\\d*\\]");
    /** The words after a hyphen left hanging on purpose: "medium- and long-term", "inter- or intra-". */
    private static final Pattern HANGING = Pattern.compile("(?:and|or|nor|to)\\b");
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private LineReader() {
    }

    /** Raw lines of {@code text} with their start offsets; form feeds count as page breaks. */
    static List<Line> read(String text, SourceFormat format) {
        List<Line> out = new ArrayList<>();
        int page = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\f' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                int end = i;
                if (end > start && text.charAt(end - 1) == '\r') {
                    end--;
                }
                out.add(line(text, start, end, format, page));
                if (c == '\f') {
                    page++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static Line line(String text, int start, int end, SourceFormat format, int page) {
        int indent = 0;
        while (start + indent < end && (text.charAt(start + indent) == ' ' || text.charAt(start + indent) == '\t')) {
            indent++;
        }
        MappedText.Builder b = MappedText.builder();
        clean(text, start, end, format, b);
        MappedText t = b.build();
        boolean blank = t.toString().isBlank();
        return new Line(t, blank ? Line.Kind.BLANK : Line.Kind.TEXT, page, indent);
    }

    /** Appends the cleaned characters of {@code text[start, end)} to {@code b}. */
    private static void clean(String text, int start, int end, SourceFormat format, MappedText.Builder b) {
        String s = text.substring(start, end);
        boolean markdown = format == SourceFormat.MARKDOWN;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\t' || Character.isSpaceChar(c) && c != ' ') {
                // no-break, narrow no-break (PDFs print "22\u202fDecember"), figure and other spaces read as one space
                b.append(' ', start + i);
                i++;
                continue;
            }
            if (c == '[' || c == '<' || c == '^') {
                int used = special(s, i, start, markdown, b);
                if (used > 0) {
                    i += used;
                    continue;
                }
            }
            int sup = SUPERSCRIPTS.indexOf(c);
            if (sup >= 0) {
                int j = i;
                StringBuilder digits = new StringBuilder();
                while (j < s.length() && SUPERSCRIPTS.indexOf(s.charAt(j)) >= 0) {
                    digits.append((char) ('0' + SUPERSCRIPTS.indexOf(s.charAt(j))));
                    j++;
                }
                FootnoteMark.append(b, digits.toString(), start + i, start + j);
                // "¹⁰, ¹¹": a list of marks; keep the comma out of the running text
                i = j;
                continue;
            }
            if (markdown && c == '\\' && i + 1 < s.length() && "()[]*_#.-!`".indexOf(s.charAt(i + 1)) >= 0) {
                b.append(s.charAt(i + 1), start + i + 1);
                i += 2;
                continue;
            }
            if (markdown && c == '*') {
                i++;
                continue;
            }
            if (markdown && c == '#' && b.length() == 0) {
                while (i < s.length() && (s.charAt(i) == '#' || s.charAt(i) == ' ')) {
                    i++;
                }
                continue;
            }
            if (c == '-') {
                int next = afterCutCompound(s, i);
                if (next > 0) {
                    b.append(c, start + i);
                    i = next; // "Secretary- General": the space a re-joiner left where a line broke the word
                    continue;
                }
            }
            b.append(c, start + i);
            i++;
        }
    }

    /**
     * Where the word goes on when the hyphen at {@code i} ends a word that a line break cut and a re-joiner joined
     * with a space ("Secretary- General", "Confidence- Building", "self- determination"); -1 otherwise, and for a
     * hyphen left hanging before "and", "or", "nor" or "to" ("medium- and long-term").
     */
    private static int afterCutCompound(String s, int i) {
        if (i == 0 || !Character.isLetter(s.charAt(i - 1)) || i + 1 >= s.length() || s.charAt(i + 1) != ' ') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length() || !Character.isLetter(s.charAt(j)) || HANGING.matcher(s).region(j, s.length())
                .lookingAt()) {
            return -1;
        }
        return j;
    }

    /** Handles a markdown link, footnote reference, {@code <sup>} or ODS artefact at {@code i}; returns chars used. */
    private static int special(String s, int i, int base, boolean markdown, MappedText.Builder b) {
        String rest = s.substring(i);
        Matcher m;
        if ((m = ODS_ARTEFACT.matcher(rest)).lookingAt()) {
            return m.end();
        }
        if ((m = MD_FOOTREF.matcher(rest)).lookingAt()) {
            FootnoteMark.append(b, m.group(1), base + i, base + i + m.end());
            return m.end();
        }
        if ((m = CARET_REF.matcher(rest)).lookingAt()) {
            for (String d : m.group(1).split("\\s*,\\s*")) {
                FootnoteMark.append(b, d, base + i, base + i + m.end());
            }
            return m.end();
        }
        if ((m = SUP_TAG.matcher(rest)).lookingAt()) {
            FootnoteMark.append(b, m.group(1), base + i, base + i + m.end());
            return m.end();
        }
        if (markdown && (m = MD_LINK.matcher(rest)).lookingAt()) {
            // keep the link text, drop the brackets and the target; the text itself may hold escapes
            int textStart = i + 1;
            int textEnd = i + 1 + m.group(1).length();
            for (int k = textStart; k < textEnd; k++) {
                char c = s.charAt(k);
                if (c == '\\' && k + 1 < textEnd) {
                    continue;
                }
                if (c == '*') {
                    continue;
                }
                b.append(c, base + k);
            }
            return m.end();
        }
        return 0;
    }
}
