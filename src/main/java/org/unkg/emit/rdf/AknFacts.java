package org.unkg.emit.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.grammar.MemberStates;
import org.unkg.model.Markup;

/**
 * What else an AKN4UN file's markup says of its resolution: the FRBR work (the same resolution:
 * {@code owl:sameAs}) and English expression ({@code eli:is_realized_by}), the sponsors, the Dag Hammarskjöld
 * Library's subject headings and the Sustainable Development Goals.
 *
 * <pre>{@code
 * new AknFacts(iris, votes).write(w, markup, resolution);
 * // <…/A/RES/78/10> unkg:sponsor <…/member-state/FRA> ; unkg:sdg <http://metadata.un.org/sdg/16> .
 * }</pre>
 */
final class AknFacts {
    /** The language authority table's English, as ELI names languages. */
    static final Node ENGLISH = NodeFactory.createURI("http://publications.europa.eu/resource/authority/language/ENG");
    private static final String SDG = "http://metadata.un.org/sdg/";

    private final IriScheme iris;
    private final Votes votes;

    AknFacts(IriScheme iris, Votes votes) {
        this.iris = iris;
        this.votes = votes;
    }

    void write(GraphWriter w, Markup m, Node resolution) {
        if (m.work() != null && !m.work().isBlank()) {
            w.add(resolution, OWL.sameAs.asNode(), iris.akn(m.work()));
        }
        if (m.expression() != null && !m.expression().isBlank()) {
            Node e = iris.akn(m.expression());
            w.add(resolution, Vocab.Eli.is_realized_by, e);
            w.type(e, Vocab.Eli.LegalExpression);
            w.add(e, Vocab.Eli.realizes, resolution);
            w.add(e, Vocab.Eli.language, ENGLISH);
        }
        for (String s : m.sponsors()) {
            var state = MemberStates.standard().byName(s);
            if (state.isPresent()) {
                w.add(resolution, Unkg.sponsor, votes.state(w, state.get()));
            } else {
                w.string(resolution, Unkg.sponsorNamed, s);
            }
        }
        for (Markup.Subject s : m.subjects()) {
            if (s.iri() != null && s.iri().startsWith("http")) {
                Node c = NodeFactory.createURI(s.iri().strip());
                w.add(resolution, DCTerms.subject.asNode(), c);
                if (w.type(c, SKOS.Concept.asNode())) {
                    w.english(c, SKOS.prefLabel.asNode(), s.label());
                }
            } else {
                w.english(resolution, Unkg.subjectHeading, s.label());
            }
        }
        for (String goal : m.sdgs()) {
            if (goal.matches("\\d{1,2}")) {
                Node g = NodeFactory.createURI(SDG + goal);
                w.add(resolution, Unkg.sdg, g);
                if (w.type(g, Unkg.SustainableDevelopmentGoal)) {
                    w.string(g, RDFS.label.asNode(), "Sustainable Development Goal " + goal);
                }
            }
        }
    }
}
