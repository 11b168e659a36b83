package org.unkg.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One mention of a cited thing in a resolution, with where it stands and what it says.
 *
 * <pre>{@code
 * Citation c = Citation.of(CitationKind.GA_RESOLUTION, "35/168").date(LocalDate.of(1980, 12, 15))
 *     .span(1234, 1271, "resolution 35/168 of 15 December 1980").section(Section.PREAMBLE).verb("Recalling").build();
 * }</pre>
 *
 * @param kind           what is cited
 * @param target         the normalized identifier: resolution number, document symbol, treaty or body name
 * @param organ          for other organs' resolutions and decisions: the organ, e.g. {@code Human Rights Council}
 * @param date           the date the text gives for the cited thing (adoption date), or null
 * @param citedParagraphs paragraphs of the cited resolution that are cited ({@code ["9", "12"]}), never null
 * @param treaty         treaty details, for {@link CitationKind#TREATY}
 * @param body           body details, for {@link CitationKind#BODY}
 * @param text           the quoted text: exactly the source between start and end
 * @param start          offset of the first character in the file as read (end exclusive)
 * @param end            offset after the last character
 * @param section        where the citation stands
 * @param paragraph      the citing paragraph ({@code 4}, {@code 4 (b)}) or footnote number, or null
 * @param verb           the verb that opens the citing paragraph ({@code Recalling}, {@code Welcomes}), or null
 */
public record Citation(CitationKind kind, String target, String organ, LocalDate date, List<String> citedParagraphs,
                       Treaty treaty, Body body, String text, int start, int end, Section section,
                       String paragraph, String verb) {

    public Citation {
        citedParagraphs = citedParagraphs == null ? List.of() : List.copyOf(citedParagraphs);
    }

    /** A builder for a citation of {@code kind} whose target is {@code target}. */
    public static Builder of(CitationKind kind, String target) {
        return new Builder(kind, target);
    }

    /** A builder starting from this citation. */
    public Builder toBuilder() {
        Builder b = new Builder(kind, target);
        b.organ = organ; b.date = date; b.citedParagraphs = citedParagraphs; b.treaty = treaty; b.body = body;
        b.text = text; b.start = start; b.end = end; b.section = section; b.paragraph = paragraph; b.verb = verb;
        return b;
    }

    /** Mutable builder for {@link Citation}. */
    public static final class Builder {
        private final CitationKind kind;
        private String target;
        private String organ;
        private LocalDate date;
        private List<String> citedParagraphs = List.of();
        private Treaty treaty;
        private Body body;
        private String text;
        private int start;
        private int end;
        private Section section;
        private String paragraph;
        private String verb;

        private Builder(CitationKind kind, String target) {
            this.kind = kind;
            this.target = target;
        }

        public Builder target(String v) { target = v; return this; }
        public Builder organ(String v) { organ = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder citedParagraphs(List<String> v) { citedParagraphs = v; return this; }
        public Builder treaty(Treaty v) { treaty = v; return this; }
        public Builder body(Body v) { body = v; return this; }
        public Builder span(int s, int e, String quoted) { start = s; end = e; text = quoted; return this; }
        public Builder section(Section v) { section = v; return this; }
        public Builder paragraph(String v) { paragraph = v; return this; }
        public Builder verb(String v) { verb = v; return this; }

        public Citation build() {
            return new Citation(kind, target, organ, date, citedParagraphs, treaty, body, text, start, end, section,
                    paragraph, verb);
        }
    }
}
