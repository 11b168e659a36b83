package org.unkg.model;

import java.util.List;
import java.util.Map;

/**
 * What the UN's AKN4UN markup of a resolution records beyond its text: the FRBR work and expression, how it was
 * adopted and how each Member State voted, its sponsors, the library's subject headings and the Sustainable
 * Development Goals it serves.
 *
 * <pre>{@code
 * Markup m = extraction.markup();           // null for every format but AKN
 * m.votes().get(Markup.IN_FAVOUR);          // ["ALBANIA", "ALGERIA", …] as the markup spells them
 * m.withoutVote();                          // true: adopted without a vote
 * }</pre>
 *
 * @param work        the FRBR work IRI path, e.g. {@code /akn/un/statement/deliberation/unga/2023-09-29/78-1/}
 * @param expression  the FRBR expression IRI path (English), e.g. {@code …/78-1/eng@/}
 * @param withoutVote true when adopted without a vote; false for a recorded vote or when the markup does not say
 * @param votes       Member States by how they voted ({@link #IN_FAVOUR}, {@link #AGAINST}, {@link #ABSTAINING}),
 *                    names as the markup spells them; empty without a recorded vote
 * @param sponsors    the sponsors named by the draft's workflow steps, in order, as written
 * @param subjects    the Dag Hammarskjöld Library's subject headings
 * @param sdgs        numbers of the Sustainable Development Goals ({@code "17"})
 */
public record Markup(String work, String expression, boolean withoutVote, Map<String, List<String>> votes,
                     List<String> sponsors, List<Subject> subjects, List<String> sdgs) {
    public static final String IN_FAVOUR = "inFavour";
    public static final String AGAINST = "against";
    public static final String ABSTAINING = "abstaining";

    public Markup {
        votes = Map.copyOf(votes);
        sponsors = List.copyOf(sponsors);
        subjects = List.copyOf(subjects);
        sdgs = List.copyOf(sdgs);
    }

    /** Whether the markup records a vote with the Member States voting each way. */
    public boolean recordedVote() {
        return !votes.isEmpty();
    }

    /**
     * One subject heading.
     *
     * @param label      the heading as the library writes it ({@code Olympic Truce}, {@code SPORTS})
     * @param dictionary where it comes from ({@code DHLAUTH}, {@code UNBIS Thesaurus})
     * @param iri        the thesaurus concept, or null
     */
    public record Subject(String label, String dictionary, String iri) {
    }
}
