package org.unkg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.Line;
import org.unkg.normalize.MappedText;

/**
 * Re-joins printed lines into paragraphs. A line opens a new paragraph when the text before it closed a clause
 * ({@code , ; : .}) and the line is numbered, lettered, indented, follows a blank line or opens with a drafting
 * verb; otherwise it continues the paragraph, across page breaks and moved footnotes.
 */
final class ParagraphJoiner {
    static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\s*\\.(?=\\s|$)");
    static final Pattern LETTERED = Pattern.compile("^\\s*\\(([a-z]{1,4}|[ivx]{1,5})\\)(?=\\s|$)");
    /** "I" alone on a line: a resolution in parts opens each with a Roman numeral and a heading. */
    static final Pattern PART_LABEL = Pattern.compile("^\\s*[IVXL]{1,6}\\.?\\s*$");
    /** A paragraph that is a part's numeral and heading ("I Activities of the Office …"). */
    static final Pattern PART_HEADING = Pattern.compile("^[IVXL]{1,6}\\.?\\s+\\p{Lu}");
    private static final Pattern UNPLACED_MARK = Pattern.compile("[,;]\\s?\\d{1,3}$");
    private static final Pattern BARE_LABEL = Pattern.compile("\\s*(?:\\d{1,3}\\s*\\.|\\([a-z]{1,4}\\))\\s*");

    private ParagraphJoiner() {
    }

    /** Paragraphs of {@code lines} (text and blank lines), in order, each stripped. */
    static List<MappedText> join(List<Line> printed) {
        List<Line> lines = clausesGluedOn(printed);
        List<MappedText> out = new ArrayList<>();
        MappedText.Builder cur = null;
        // the paragraph's text so far, appended to line by line: concatenating it anew for each line made a
        // paragraph of thousands of lines (an annex printed without breaks) quadratic
        StringBuilder curText = new StringBuilder();
        boolean blankSince = false;
        for (Line l : lines) {
            if (l.kind() != Line.Kind.TEXT) {
                blankSince = true;
                continue;
            }
            String s = l.string();
            // a part's numeral opens a paragraph after a closed clause or the organ's line ("The General Assembly,");
            // the part's heading ends at the blank line after it
            boolean partLabel = PART_LABEL.matcher(s).matches();
            boolean afterPartHeading = cur != null && blankSince && PART_HEADING.matcher(curText).lookingAt();
            if (cur != null && (partLabel && endsClause(tail(curText)) || afterPartHeading
                    || opensParagraph(curText, s, l.indent(), blankSince))) {
                out.add(cur.build().strip());
                cur = null;
                curText.setLength(0);
            }
            if (cur == null) {
                MappedText first = l.text().strip();
                cur = MappedText.builder();
                cur.append(first);
                curText.setLength(0);
                curText.append(first);
            } else {
                MappedText t = l.text().strip();
                char last = cur.last();
                if (t.length() == 0) {
                    continue;
                }
                boolean hyphenJoin = last == '-' && curText.length() > 1
                        && Character.isLetter(curText.charAt(curText.length() - 2)) && Character.isLetter(t.charAt(0));
                cur.trimEnd();
                if (!hyphenJoin) {
                    cur.append(' ', t.source(0) - 1 >= 0 ? t.source(0) - 1 : t.source(0));
                }
                cur.append(t);
                while (curText.length() > 0 && Character.isWhitespace(curText.charAt(curText.length() - 1))) {
                    curText.setLength(curText.length() - 1);
                }
                curText.append(hyphenJoin ? "" : " ").append(t);
            }
            blankSince = false;
        }
        if (cur != null) {
            out.add(cur.build().strip());
        }
        out.removeIf(t -> t.length() == 0);
        return out;
    }

    /**
     * The lines, with each preamble clause that re-joined text glued onto the one before it on a line of its own
     * ("…of 30 March 1955, Having received the report…"), so that it opens its paragraph as a printed line would.
     */
    private static List<Line> clausesGluedOn(List<Line> lines) {
        List<Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Matcher m = l.kind() == Line.Kind.TEXT ? Verbs.standard().clauseGluedOn().matcher(l.string()) : null;
            if (m == null || !m.find()) {
                if (out != null) {
                    out.add(l);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            int from = 0;
            do {
                out.add(new Line(l.text().slice(from, m.start()), l.kind(), l.page(), from == 0 ? l.indent() : 0));
                from = m.end();
            } while (m.find());
            out.add(new Line(l.text().slice(from, l.text().length()), l.kind(), l.page(), 0));
        }
        return out == null ? lines : out;
    }

    /** Whether {@code text} ends a clause: a comma, semicolon, colon or full stop last, footnote marks aside. */
    private static boolean endsClause(String text) {
        String b = FootnoteMark.strip(text).stripTrailing();
        return b.endsWith(",") || b.endsWith(";") || b.endsWith(":") || b.endsWith(".");
    }

    /** The end of the paragraph so far: only how it ends matters, and looking at all of it made joining quadratic. */
    private static String tail(CharSequence paragraph) {
        int n = paragraph.length();
        return (n > 80 ? paragraph.subSequence(n - 80, n) : paragraph).toString();
    }

    /** Closing quotation marks and brackets at the end of a line, which a clause can end inside. */
    private static final Pattern CLOSERS_AT_END = Pattern.compile("[\"\u201d\u2019)\\]]+$");

    private static boolean opensParagraph(CharSequence paragraph, String line, int indent, boolean blankSince) {
        String before = tail(paragraph);
        if (paragraph.length() <= 80 && BARE_LABEL.matcher(before).matches()) {
            return false;
        }
        String b = CLOSERS_AT_END.matcher(FootnoteMark.strip(before).stripTrailing()).replaceAll("");
        if (!endsClause(b)) {
            // "… of Agenda 21,3" then "Reaffirming …": a footnote mark the normalizer could not place still ends the
            // clause when the next line opens with a drafting verb of the table
            Verbs.Verb v = UNPLACED_MARK.matcher(b).find() ? Verbs.standard().opening(line) : null;
            String t = line.stripLeading();
            return v != null && v.known() && t.startsWith(v.printed());
        }
        String s = FootnoteMark.strip(line).stripLeading();
        if (NUMBERED.matcher(s).lookingAt() || LETTERED.matcher(s).lookingAt()) {
            return true;
        }
        boolean capital = !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || s.charAt(0) == '\u201c');
        if (!capital) {
            return false;
        }
        if (blankSince || indent > 0) {
            return true;
        }
        // with no blank line and no indent to show it, only a drafting verb of the table opens a paragraph: a line
        // that merely looks like one ("Honduras, the outcomes …", "Suppress and Punish …") continues the clause
        Verbs.Verb v = Verbs.standard().opening(s);
        return v != null && v.known() && s.startsWith(v.printed()) && !b.endsWith(":");
    }
}
