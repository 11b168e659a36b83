package org.unkg.recognize;

import java.time.LocalDate;
import java.util.List;

import org.unkg.model.CitationKind;

/**
 * One thing a passage names, as found: its kind, where it stands in the passage, and what the words around it say.
 * Who "its" means and whether a date fits are the resolve stage's questions.
 *
 * @param kind       what is named
 * @param start      start in the passage text
 * @param end        end in the passage text (exclusive)
 * @param target     normalized number, symbol, or name
 * @param organ      the organ the words name ({@code General Assembly}, {@code Human Rights Council}), or
 *                   {@code its} when the text says "its resolution", or null when unqualified
 * @param date       the date written after it, or null
 * @param paragraphs cited paragraphs ({@code paragraphs 9 and 12 of resolution …})
 * @param altNames   other names (abbreviations of bodies, short names of treaties)
 * @param marks      footnote numbers marked right after the mention
 * @param related    for bodies: the resolution that the text says established it; for treaties: the resolution that
 *                   adopted it, when the text says so
 */
public record Mention(CitationKind kind, int start, int end, String target, String organ, LocalDate date,
                      List<String> paragraphs, List<String> altNames, List<String> marks, String related) {

    public Mention {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        altNames = altNames == null ? List.of() : List.copyOf(altNames);
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A mention with only kind, span and target. */
    public static Mention of(CitationKind kind, int start, int end, String target) {
        return new Mention(kind, start, end, target, null, null, null, null, null, null);
    }

    public Mention withOrgan(String o) {
        return new Mention(kind, start, end, target, o, date, paragraphs, altNames, marks, related);
    }

    public Mention withDate(LocalDate d) {
        return new Mention(kind, start, end, target, organ, d, paragraphs, altNames, marks, related);
    }

    public Mention withParagraphs(List<String> p) {
        return new Mention(kind, start, end, target, organ, date, p, altNames, marks, related);
    }

    public Mention withAltNames(List<String> a) {
        return new Mention(kind, start, end, target, organ, date, paragraphs, a, marks, related);
    }

    public Mention withMarks(List<String> m) {
        return new Mention(kind, start, end, target, organ, date, paragraphs, altNames, m, related);
    }

    public Mention withRelated(String r) {
        return new Mention(kind, start, end, target, organ, date, paragraphs, altNames, marks, r);
    }

    public Mention withKind(CitationKind k) {
        return new Mention(k, start, end, target, organ, date, paragraphs, altNames, marks, related);
    }

    public Mention withSpan(int s, int e) {
        return new Mention(kind, s, e, target, organ, date, paragraphs, altNames, marks, related);
    }

    public Mention withTarget(String t) {
        return new Mention(kind, start, end, t, organ, date, paragraphs, altNames, marks, related);
    }
}
