package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Resolutions ranked by a measure, per organ and decade: the scores {@code unkg network} stores in the graph
 * {@value #NETWORK} (PageRank, HITS hub and authority scores, in- and out-degree) when it has run, and otherwise
 * the number of resolutions citing each one, counted by SPARQL.
 *
 * <pre>{@code
 * Rankings.measures(dsg);                                      // ["cited"], or ["pageRank", "hubScore", ..., "cited"]
 * Rankings.page(dsg, labels, "pageRank", "sc", 1990, 0, 50);   // {measure, rows: [{rank, score, thing}], total}
 * }</pre>
 */
final class Rankings {
    /** The named graph where {@code unkg network} stores its scores. */
    static final String NETWORK = "https://unkg.org/graph/network";
    /** The network's measures, in the order offered. */
    static final List<String> NETWORK_MEASURES = List.of("pageRank", "authorityScore", "hubScore", "inDegree",
            "outDegree");
    private static final String CITED = """
            SELECT ?r (COUNT(DISTINCT ?c) AS ?score) WHERE { ?c eli:cites ?r . ?r a unkg:Resolution .
              FILTER(?c != ?r) } GROUP BY ?r ORDER BY DESC(?score) ?r""";
    private static final String SCORED = """
            SELECT ?r ?score WHERE { GRAPH <%s> { ?r unkg:%s ?score } } ORDER BY DESC(?score) ?r""";

    private Rankings() {
    }

    /** The measures this store can rank by: the network's when present, and always the citation count. */
    static List<String> measures(DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        for (String m : NETWORK_MEASURES) {
            boolean present = !Sparql.select(dsg, "SELECT ?r WHERE { GRAPH <" + NETWORK + "> { ?r unkg:" + m
                    + " ?s } } LIMIT 1", Map.of()).isEmpty();
            if (present) {
                out.add(m);
            }
        }
        out.add("cited");
        return out;
    }

    /**
     * One page of the ranking by {@code measure} (one of {@link #measures}; else the first), of resolutions of
     * {@code organ} ({@code ga}, {@code sc}, {@code other}; null for all) and {@code decade} (null for all); call
     * inside a read transaction.
     */
    static Map<String, Object> page(DatasetGraph dsg, Labels labels, String measure, String organ, Integer decade,
                                    int offset, int limit) {
        List<String> measures = measures(dsg);
        String m = measures.contains(measure) ? measure : measures.get(0);
        String query = m.equals("cited") ? CITED : SCORED.formatted(NETWORK, m);
        List<Map<String, Object>> rows = new ArrayList<>();
        TreeSet<Integer> decades = new TreeSet<>();
        int matched = 0;
        for (Binding b : Sparql.select(dsg, query, Map.of())) {
            Node r = Sparql.node(b, "r");
            if (!r.isURI()) {
                continue;
            }
            Thing t = Thing.of(dsg, r, labels);
            t.decade().ifPresent(decades::add);
            if (organ != null && !organ.equals(t.organKey())
                    || decade != null && !decade.equals(t.decade().orElse(null))) {
                continue;
            }
            matched++;
            if (matched > offset && rows.size() < limit) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", matched);
                row.put("score", Sparql.lexical(b, "score"));
                row.put("thing", t.toMap(labels));
                rows.add(row);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("measure", m);
        out.put("measures", measures);
        out.put("network", measures.size() > 1);
        out.put("organ", organ);
        out.put("decade", decade);
        out.put("decades", new ArrayList<>(decades));
        out.put("rows", rows);
        out.put("total", matched);
        out.put("offset", offset);
        out.put("limit", limit);
        return out;
    }
}
