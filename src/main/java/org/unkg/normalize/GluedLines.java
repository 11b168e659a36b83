package org.unkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.Alternation;
import org.unkg.grammar.Anchored;
import org.unkg.grammar.MeetingFormulas;
import org.unkg.grammar.OrganNames;

/**
 * Splits the lines a re-joiner glued together that the printed page keeps apart. Tools that turn a PDF into running
 * paragraphs join every line of a block, and a block can end with what the page prints on a line of its own:
 *
 * <pre>{@code
 * …and terrorist recruitment, __________________        → "…and terrorist recruitment," + "__________________"
 * …“Assistance in mine action”. 45th plenary meeting 7 December 2023
 *                                                       → "…“Assistance in mine action”." + "45th plenary meeting 7 December 2023"
 * …resolution 338 (1973). Adopted at the 2256th meeting by 14 votes to none. 52
 *                                                       → "…resolution 338 (1973)." + "Adopted at the 2256th meeting …"
 * 26 (1947). Resolution of 4 June 1947 [S/368] The Security Council,
 *                                                       → "… [S/368]" + "The Security Council,"
 * The Security Council, Recalling its resolution 107 (1955) → "The Security Council," + "Recalling its …"
 * }</pre>
 *
 * The footnote separator and the closing line are then found where page-layout text has them. Each part keeps its
 * map to the file, so offsets do not move.
 */
final class GluedLines {
    /** A footnote separator at the end of a line of text. */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\S\\s+(_{5,})\\s*$");
    /** The Assembly's closing line after the end of a sentence, running to the end of the line. */
    private static final Pattern TRAILING_PLENARY = Pattern.compile("[.;”\"]\\s+(?="
            + MeetingFormulas.standard().plenaryClosing(UnDates.SOURCE) + "$)");

    /** The Council's closing sentence ("Adopted at the 2256th meeting by 14 votes to none.") after a sentence. */
    private static final Pattern TRAILING_ADOPTED = Pattern.compile("[.;”\"]\\s+(?="
            + MeetingFormulas.standard().council().pattern() + ")");
    /** The organ's opening line after the heading ("… 4 June 1947 [S/368] The Security Council,"). */
    private static final Pattern TRAILING_ORGAN = Pattern.compile("[\\].)]\\s+(?=The\\s+(?:"
            + Alternation.of(OrganNames.standard().names()) + ")\\s*,(?:\\s*$|\\s+\\p{Lu}))");

    /** What the trailing patterns open with: the end of a sentence, and the end of a heading. */
    private static final String SENTENCE_ENDS = ".;\u201d\"";
    private static final String HEADING_ENDS = "].)";

    /** The organ's opening line with the first clause glued on ("The Security Council, Recalling its resolution …"). */
    private static final Pattern LEADING_ORGAN = Pattern.compile("^\\s*The\\s+(?:"
            + Alternation.of(OrganNames.standard().names()) + ")\\s*,(?=\\s+\\p{Lu})");

    private GluedLines() {
    }

    /** Splits glued lines in place. */
    static void split(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            if (l.kind() != Line.Kind.TEXT) {
                out.add(l);
                continue;
            }
            out.addAll(splitOne(l));
        }
        if (out.size() != lines.size()) {
            lines.clear();
            lines.addAll(out);
        }
    }

    private static List<Line> splitOne(Line l) {
        String s = l.string();
        Matcher sep = TRAILING_SEPARATOR.matcher(s);
        if (s.contains("_____") && sep.find()) {
            List<Line> parts = new ArrayList<>(splitOne(part(l, 0, sep.start(1))));
            parts.add(part(l, sep.start(1), s.length()));
            return parts;
        }
        Matcher organ = LEADING_ORGAN.matcher(s);
        if (organ.lookingAt()) {
            List<Line> parts = new ArrayList<>();
            parts.add(part(l, 0, organ.end()));
            parts.addAll(splitOne(part(l, organ.end(), s.length())));
            return parts;
        }
        for (Pattern p : List.of(TRAILING_PLENARY, TRAILING_ADOPTED, TRAILING_ORGAN)) {
            Matcher m = p.matcher(s);
            // tried only where one of the characters it opens with stands, not at every character of the line
            String openers = p == TRAILING_ORGAN ? HEADING_ENDS : SENTENCE_ENDS;
            if (Anchored.find(m, s, 0, i -> openers.indexOf(s.charAt(i)) >= 0)) {
                List<Line> parts = new ArrayList<>();
                parts.add(part(l, 0, m.start() + 1));
                parts.addAll(splitOne(part(l, m.end(), s.length())));
                return parts;
            }
        }
        return List.of(l);
    }

    private static Line part(Line l, int from, int to) {
        MappedText t = l.text().slice(from, to).strip();
        return new Line(t, t.length() == 0 ? Line.Kind.BLANK : Line.Kind.TEXT, l.page(), from == 0 ? l.indent() : 0);
    }
}
