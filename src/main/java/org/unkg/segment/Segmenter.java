package org.unkg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.MeetingFormulas;
import org.unkg.grammar.OrganNames;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Section;
import org.unkg.normalize.Footnote;
import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.Line;
import org.unkg.normalize.MappedText;
import org.unkg.normalize.NormalizedDocument;
import org.unkg.normalize.UnDates;

/**
 * The segment stage: finds the heading block, the preamble and operative paragraphs with their verbs and numbers,
 * the closing line, annexes and footnotes.
 *
 * <pre>{@code
 * SegmentedDocument s = Segmenter.segment(Normalizer.normalize(source));
 * s.stated().plenaryMeeting();                 // 83
 * s.passages().get(5).section();               // OPERATIVE
 * }</pre>
 */
public final class Segmenter {
    private static final Pattern ORGAN_LINE = OrganNames.standard().openingLine();
    private static final Pattern PLENARY = MeetingFormulas.standard().plenaryLine(UnDates.SOURCE);
    private static final Pattern ADOPTED = MeetingFormulas.standard().adoptedLine();
    private static final Pattern ANNEX = Pattern.compile("^\\s*(?:Annex|ANNEX)(?:\\s+[IVX\\d]+)?\\s*$");

    private Segmenter() {
    }

    /** Segments one normalized document. */
    public static SegmentedDocument segment(NormalizedDocument doc) {
        if (doc.source().markup() != null) {
            return AknStructure.segment(doc);
        }
        List<Line> lines = doc.lines();
        int[] bounds = bounds(lines);
        int bodyStart = bounds[0];
        Identity.Builder id = Identity.builder(null);
        List<String> headingLines = new ArrayList<>();
        for (int i = 0; i < Math.max(bodyStart, 0); i++) {
            headingLines.add(lines.get(i).kind() == Line.Kind.TEXT ? lines.get(i).string() : "");
        }
        HeadingReader.heading(headingLines, doc.trailerSymbol(), id);
        HeadingReader.masthead(doc.trailer().stream().map(Line::string).toList(), id);
        if (bodyStart >= 0) {
            Matcher om = ORGAN_LINE.matcher(FootnoteMark.strip(lines.get(bodyStart).string()));
            if (bounds[1] > bodyStart && om.matches() && id.organ() == null) {
                OrganNames.standard().name(om.group(1)).flatMap(Organ::fromLabel).ifPresent(id::organ);
            }
        }
        int closing = closingStart(lines, bodyStart);
        int closingEnd = closing;
        if (closing >= 0) {
            closingEnd = closingEnd(lines, closing);
            StringBuilder sb = new StringBuilder();
            // the closing sentence may run past a blank line ("Adopted unanimously at the", "", "2407th meeting")
            for (int i = closing; i < Math.min(lines.size(), Math.max(closingEnd, closing + 5)); i++) {
                sb.append(lines.get(i).string()).append('\n');
            }
            HeadingReader.closing(sb.toString(), id);
        }
        List<Passage> passages = new ArrayList<>();
        for (MappedText p : ParagraphJoiner.join(lines.subList(0, Math.max(bodyStart, 0)))) {
            String s = p.toString().strip();
            if (org.unkg.normalize.FootnoteMark.strip(s).matches("(?:A|S)/RES/\\S+(?: \\(\\d{4}\\))?")) {
                continue; // the masthead symbol is the identity, not a passage to search
            }
            passages.add(new Passage(p, Section.HEADING, null, null));
        }
        int bodyEnd = closing >= 0 ? closing : lines.size();
        body(lines.subList(Math.min(bounds[1], bodyEnd), bodyEnd), passages);
        if (closing >= 0) {
            for (MappedText p : ParagraphJoiner.join(lines.subList(closing, closingEnd))) {
                passages.add(new Passage(p, Section.TRAILER, null, null));
            }
            for (MappedText p : ParagraphJoiner.join(lines.subList(closingEnd, lines.size()))) {
                passages.add(new Passage(p, Section.ANNEX, null, null));
            }
        }
        for (Footnote f : doc.footnotes()) {
            passages.add(new Passage(f.text(), Section.FOOTNOTE, f.number(), null));
        }
        return new SegmentedDocument(doc, id.build(), List.copyOf(passages));
    }

    /**
     * The line "The General Assembly," that opens the body; where a text has none, the line before its first
     * paragraph that opens with a drafting verb or a number, so that what precedes it is still read as heading.
     */
    private static int[] bounds(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Line.Kind.TEXT && ORGAN_LINE.matcher(FootnoteMark.strip(lines.get(i).string()))
                    .matches()) {
                return new int[] {i, i + 1};
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            String s = FootnoteMark.strip(l.string()).strip();
            Verbs.Verb v = Verbs.standard().opening(s);
            boolean verbOpens = v != null && v.known() && s.startsWith(v.printed());
            if (ParagraphJoiner.NUMBERED.matcher(s).lookingAt() || verbOpens || s.startsWith("The ")) {
                return new int[] {i, i};
            }
        }
        return new int[] {-1, 0};
    }

    /** The closing line: the last "83rd plenary meeting" or "Adopted … meeting" line after the body's start. */
    private static int closingStart(List<Line> lines, int bodyStart) {
        for (int i = lines.size() - 1; i > bodyStart; i--) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            String s = FootnoteMark.strip(l.string());
            if (PLENARY.matcher(s).matches() || ADOPTED.matcher(s).matches()
                    && !s.contains("Adopted by the Security Council at its")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The closing paragraph ends at a blank line, or after the date of a plenary meeting line: on the line itself
     * (re-joined text, markdown) or on the next.
     */
    private static int closingEnd(List<Line> lines, int closing) {
        String first = FootnoteMark.strip(lines.get(closing).string());
        boolean plenary = PLENARY.matcher(first).matches();
        int i = closing + 1;
        if (plenary && UnDates.PATTERN.matcher(first).find()) {
            return i;
        }
        if (plenary) {
            while (i < lines.size() && lines.get(i).kind() != Line.Kind.TEXT) {
                i++;
            }
            return Math.min(lines.size(), i + 1);
        }
        while (i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT && !ANNEX.matcher(lines.get(i).string())
                .matches()) {
            i++;
        }
        return i;
    }

    private static void body(List<Line> lines, List<Passage> out) {
        boolean operative = false;
        boolean annex = false;
        String number = null;
        for (MappedText p : ParagraphJoiner.join(lines)) {
            String s = FootnoteMark.strip(p.toString());
            if (ANNEX.matcher(s).matches()) {
                annex = true;
            }
            if (annex) {
                out.add(new Passage(p, Section.ANNEX, null, null));
                continue;
            }
            if (ParagraphJoiner.PART_HEADING.matcher(s).lookingAt() && s.length() < 300) {
                // a resolution in parts ("I Activities of the Office of Internal Oversight Services"): from its first
                // part on, everything is the body of the resolution, as the UN's markup has it, paragraphs and
                // their numbers counted anew in each part
                operative = true;
                number = null;
                out.add(new Passage(p, Section.OPERATIVE, null, null));
                continue;
            }
            Matcher n = ParagraphJoiner.NUMBERED.matcher(s);
            Matcher x = ParagraphJoiner.LETTERED.matcher(s);
            String paragraph;
            String rest;
            Section section;
            if (n.lookingAt()) {
                operative = true;
                number = n.group(1);
                paragraph = number;
                rest = s.substring(n.end());
                section = Section.OPERATIVE;
            } else if (x.lookingAt()) {
                paragraph = number == null ? "(" + x.group(1) + ")" : number + " (" + x.group(1) + ")";
                rest = s.substring(x.end());
                section = operative ? Section.OPERATIVE : Section.PREAMBLE;
            } else {
                rest = s;
                Verbs.Verb v = Verbs.standard().opening(rest);
                if (!operative && v != null && v.section() == Section.OPERATIVE && v.known()) {
                    operative = true;
                }
                section = operative ? Section.OPERATIVE : Section.PREAMBLE;
                paragraph = operative ? number : null;
            }
            Verbs.Verb v = Verbs.standard().opening(rest);
            out.add(new Passage(p, section, paragraph, v == null ? null : v.printed()));
        }
    }

}
