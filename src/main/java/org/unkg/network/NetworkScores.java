package org.unkg.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUndirectedGraph;

/**
 * The measures of a citation graph, per resolution.
 *
 * <pre>{@code
 * NetworkScores s = NetworkScores.of(CitationGraph.read(store.dataset()));
 * s.score("https://unkg.org/A/RES/35/168").pageRank();
 * s.components();     // weakly connected components
 * }</pre>
 *
 * PageRank is JGraphT's (damping 0.85; a resolution that cites nothing spreads its rank over all, so the ranks sum
 * to 1). Components and communities are numbered from 0 by size, largest first, ties broken by their first member's
 * IRI, so the numbers are stable between runs on the same graph. Communities are found by label propagation on the
 * undirected graph with a fixed seed, so the same graph gives the same communities.
 *
 * @param scores           the score of every resolution, by IRI
 * @param components       the number of weakly connected components
 * @param strongComponents the number of strongly connected components
 * @param communities      the number of communities
 */
public record NetworkScores(Map<String, Score> scores, int components, int strongComponents, int communities) {

    /**
     * One resolution's measures.
     *
     * @param inDegree        how many resolutions cite it
     * @param outDegree       how many resolutions it cites
     * @param pageRank        its PageRank
     * @param hub             its HITS hub score
     * @param authority       its HITS authority score
     * @param component       the number of its weakly connected component
     * @param strongComponent the number of its strongly connected component
     * @param community       the number of its community
     */
    public record Score(int inDegree, int outDegree, double pageRank, double hub, double authority, int component,
            int strongComponent, int community) {
    }

    /** Seed of the label propagation, fixed so that a run can be repeated. */
    static final long SEED = 20251124L;

    /** Measures {@code cg}. */
    public static NetworkScores of(CitationGraph cg) {
        Graph<String, Citation> g = cg.graph();
        Map<String, Double> rank = new PageRank<>(g).getScores();
        Hits<String> hits = Hits.of(g);
        List<Set<String>> weak = new ConnectivityInspector<>(g).connectedSets();
        List<Set<String>> strong = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        List<Set<String>> communities = new LabelPropagationClustering<>(new AsUndirectedGraph<>(g),
                new Random(SEED)).getClustering().getClusters();
        Map<String, Integer> weakOf = numbered(weak);
        Map<String, Integer> strongOf = numbered(strong);
        Map<String, Integer> communityOf = numbered(communities);
        Map<String, Score> scores = new java.util.LinkedHashMap<>();
        for (String v : g.vertexSet()) {
            scores.put(v, new Score(g.incomingEdgesOf(v).size(), g.outgoingEdgesOf(v).size(), rank.get(v),
                    hits.hub().get(v), hits.authority().get(v), weakOf.get(v), strongOf.get(v),
                    communityOf.get(v)));
        }
        return new NetworkScores(java.util.Collections.unmodifiableMap(scores), weak.size(), strong.size(),
                communities.size());
    }

    /** The score of {@code iri}; null when the graph has no such resolution. */
    public Score score(String iri) {
        return scores.get(iri);
    }

    /** Each set's members mapped to its number, sets numbered by size, largest first. */
    private static Map<String, Integer> numbered(List<Set<String>> sets) {
        record Numbered(Set<String> members, String first) {
        }
        List<Numbered> sorted = sets.stream()
                .map(s -> new Numbered(s, s.stream().min(Comparator.naturalOrder()).orElse("")))
                .sorted(Comparator.comparingInt((Numbered s) -> -s.members().size()).thenComparing(Numbered::first))
                .toList();
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (String v : sorted.get(i).members()) {
                m.put(v, i);
            }
        }
        return m;
    }
}
