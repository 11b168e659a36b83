package org.unkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.MeetingFormulas;

/**
 * Takes footnotes out of the running text wherever the page put them: under a separator line at the foot of a page,
 * as {@code N/ text} notes (Security Council 1990s), as marked markdown lines ({@code ¹ text}), or after the closing
 * line at the end of a document. What is left is running text that re-joins across the gap.
 */
final class FootnoteCollector {
    private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,3})(/)?\\s+(?=\\S)(?!\\.)");
    private static final Pattern STARRED = Pattern.compile("\\s*(\\*{1,3})\\s+(?=\\S)");
    private static final Pattern MARK_LED = Pattern.compile("\\s*\uE000(\\d+)\uE001\\s*");
    private static final Pattern SLASH_NOTE = Pattern.compile("\\s*(\\d{1,3})/\\s+\\S.*");
    private static final Pattern PLENARY = MeetingFormulas.standard().plenaryLine(UnDates.SOURCE);
    private static final Pattern ADOPTED = MeetingFormulas.standard().adoptedLine();
    private static final Pattern OPENER = Pattern.compile("\\s*(?:\\d{1,3}\\.\\s|\\([a-z]{1,4}\\)\\s|[A-Z][a-z]+ing\\b|"
            + "(?:Also|Further|Deeply|Strongly|Firmly|Gravely|Noting|Taking|Bearing|Having|Welcoming|Recalling|"
            + "Reaffirming|Recognizing|Convinced|Concerned|Alarmed|Aware|Mindful|Conscious)\\b)");

    private final List<Line> lines;
    private final List<Footnote> footnotes = new ArrayList<>();
    /** For each footnote, the index of the first line it was read from. */
    private final List<Integer> anchors = new ArrayList<>();
    private int noteStart;
    private final boolean[] taken;
    private int lastNumber;

    private FootnoteCollector(List<Line> lines) {
        this.lines = lines;
        this.taken = new boolean[lines.size()];
    }

    /** Collects the footnotes of {@code lines}; returns them and removes their lines from the list. */
    static List<Footnote> collect(List<Line> lines) {
        FootnoteCollector c = new FootnoteCollector(lines);
        c.run();
        List<Line> kept = new ArrayList<>();
        int[] keptBefore = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            keptBefore[i] = kept.size();
            if (!c.taken[i]) {
                kept.add(lines.get(i));
            }
        }
        keptBefore[lines.size()] = kept.size();
        lines.clear();
        lines.addAll(kept);
        List<Footnote> out = new ArrayList<>();
        for (int k = 0; k < c.footnotes.size(); k++) {
            Footnote f = c.footnotes.get(k);
            out.add(new Footnote(f.number(), f.text(), keptBefore[Math.min(c.anchors.get(k), lines.size() == 0 ? 0
                    : keptBefore.length - 1)]));
        }
        return out;
    }

    private void run() {
        int tail = tailStart();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (taken[i]) {
                continue;
            }
            if (l.kind() == Line.Kind.FURNITURE && PageFurniture.SEPARATOR.matcher(l.string()).matches()) {
                i = area(i + 1, false) - 1;
            } else if (l.kind() == Line.Kind.TEXT && MARK_LED.matcher(l.string()).lookingAt()) {
                i = markedNote(i) - 1;
            } else if (l.kind() == Line.Kind.TEXT && SLASH_NOTE.matcher(l.string()).matches()) {
                i = area(i, true) - 1;
            } else if (i >= tail && l.kind() == Line.Kind.TEXT && startNumber(l.string(), true) != null) {
                i = area(i, true) - 1;
            }
        }
    }

    /** Where the trailing notes may begin: after the closing paragraph (plenary meeting and date, or "Adopted …"). */
    private int tailStart() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            String s = l.string();
            if (PLENARY.matcher(s).matches()) {
                if (UnDates.PATTERN.matcher(s).find()) {
                    return i + 1; // the date stands on the meeting's line (re-joined text, markdown)
                }
                int j = i + 1;
                while (j < lines.size() && lines.get(j).kind() != Line.Kind.TEXT) {
                    j++;
                }
                return j + 1; // skip the date line
            }
            if (ADOPTED.matcher(s).matches() && i > lines.size() / 3) {
                int j = i;
                while (j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT) {
                    j++;
                }
                return j;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The footnote number a line opens with, when it may open the next footnote; else null. */
    private String startNumber(String s, boolean anyFirst) {
        Matcher m = NUMBERED.matcher(s);
        if (m.lookingAt()) {
            int n = Integer.parseInt(m.group(1));
            boolean next = lastNumber == 0 ? (anyFirst || n == 1) : n == lastNumber + 1;
            if (next && n > 0) {
                return m.group(1);
            }
            return null;
        }
        Matcher st = STARRED.matcher(s);
        return st.lookingAt() ? st.group(1) : null;
    }

    /** Reads footnotes from line {@code i} on; returns the index of the first line not taken. */
    private int area(int i, boolean anyFirst) {
        MappedText.Builder current = null;
        String number = null;
        boolean afterBlank = false;
        int page = i < lines.size() ? lines.get(i).page() : 0;
        String previous = "";
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.BLANK) {
                afterBlank = true;
                taken[i] = current != null;
                continue;
            }
            if (l.kind() != Line.Kind.TEXT || l.page() != page) {
                break;
            }
            String s = l.string();
            String n = startNumber(s, anyFirst || number == null);
            if (n != null) {
                flush(number, current);
                noteStart = i;
                number = n;
                current = MappedText.builder();
                Matcher m = n.startsWith("*") ? STARRED.matcher(s) : NUMBERED.matcher(s);
                m.lookingAt();
                current.append(l.text().slice(m.end(), s.length()));
                if (!n.startsWith("*")) {
                    lastNumber = Integer.parseInt(n);
                }
            } else if (current == null || afterBlank || endsBodyParagraph(l, previous)) {
                break;
            } else {
                current.append(' ', l.text().length() > 0 ? l.text().source(0) : 0);
                current.append(l.text());
            }
            taken[i] = true;
            afterBlank = false;
            previous = s;
        }
        flush(number, current);
        // blank lines swallowed after the last note are running-text spacing: give them back
        for (int k = i - 1; k >= 0 && lines.get(k).kind() == Line.Kind.BLANK && taken[k]; k--) {
            taken[k] = false;
        }
        return i;
    }

    /** An indented paragraph opener after a note that ended its sentence is running text again. */
    private static boolean endsBodyParagraph(Line l, String previous) {
        String p = previous.strip();
        return l.indent() > 0 && (p.endsWith(".") || p.endsWith(";")) && OPENER.matcher(l.string()).lookingAt();
    }

    /** A markdown footnote line: the mark, then its text, up to the next blank line. */
    private int markedNote(int i) {
        Line l = lines.get(i);
        Matcher m = MARK_LED.matcher(l.string());
        m.lookingAt();
        String number = m.group(1);
        noteStart = i;
        MappedText.Builder b = MappedText.builder().append(l.text().slice(m.end(), l.text().length()));
        taken[i] = true;
        int j = i + 1;
        while (j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT
                && !MARK_LED.matcher(lines.get(j).string()).lookingAt()) {
            b.append(' ', lines.get(j).text().source(0)).append(lines.get(j).text());
            taken[j] = true;
            j++;
        }
        flush(number, b);
        lastNumber = Math.max(lastNumber, Integer.parseInt(number));
        return j;
    }

    private void flush(String number, MappedText.Builder b) {
        if (number != null && b != null) {
            footnotes.add(new Footnote(number, b.build().strip(), -1));
            anchors.add(noteStart);
        }
    }
}
