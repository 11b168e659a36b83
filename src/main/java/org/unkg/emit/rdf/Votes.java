package org.unkg.emit.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.grammar.MemberStates;
import org.unkg.grammar.MemberStates.MemberState;
import org.unkg.model.Markup;

/**
 * How a resolution was adopted, as its AKN4UN markup records it: without a vote ({@code unkg:adoptedWithoutVote
 * true}), or by a recorded vote in which every Member State voted in favour, against, abstained or did not vote.
 *
 * <pre>{@code
 * new Votes(iris).write(w, markup, resolution);
 * // <…/A/RES/78/10/vote> unkg:against <…/member-state/SYR> ; unkg:notVoting <…/member-state/VEN> .
 * }</pre>
 *
 * <p>Member States are nodes with their ISO 3166-1 codes and UN names ({@link MemberStates}); the markup lists
 * those voting each way, so those not voting are the Member States it does not list. A name the table does not
 * know is left out rather than guessed (the table's test proves every name of sessions 74–78 known).
 */
final class Votes {
    private final IriScheme iris;
    private final MemberStates states;

    Votes(IriScheme iris) {
        this(iris, MemberStates.standard());
    }

    Votes(IriScheme iris, MemberStates states) {
        this.iris = iris;
        this.states = states;
    }

    void write(GraphWriter w, Markup m, Node resolution) {
        if (m.withoutVote()) {
            w.bool(resolution, Unkg.adoptedWithoutVote, true);
        }
        if (!m.recordedVote()) {
            return;
        }
        w.bool(resolution, Unkg.adoptedWithoutVote, false);
        Node vote = iris.vote(resolution);
        w.add(resolution, Unkg.vote, vote);
        w.type(vote, Unkg.Vote);
        Set<String> voted = new HashSet<>();
        for (Map.Entry<String, Node> way : Map.of(Markup.IN_FAVOUR, Unkg.inFavour, Markup.AGAINST, Unkg.against,
                Markup.ABSTAINING, Unkg.abstaining).entrySet()) {
            for (String name : m.votes().getOrDefault(way.getKey(), List.of())) {
                states.byName(name).ifPresent(s -> {
                    voted.add(s.alpha3());
                    w.add(vote, way.getValue(), state(w, s));
                });
            }
        }
        for (MemberState s : states.all()) {
            if (!voted.contains(s.alpha3())) {
                w.add(vote, Unkg.notVoting, state(w, s));
            }
        }
    }

    /** A Member State's node, described once in the graph. */
    Node state(GraphWriter w, MemberState s) {
        Node n = iris.memberState(s.alpha3());
        if (w.type(n, Unkg.MemberState)) {
            w.english(n, SKOS.prefLabel.asNode(), s.name());
            w.english(n, RDFS.label.asNode(), s.name());
            w.string(n, Unkg.iso3166Alpha3, s.alpha3());
            w.string(n, Unkg.iso3166Alpha2, s.alpha2());
            w.string(n, Unkg.iso3166Numeric, s.numeric());
        }
        return n;
    }
}
