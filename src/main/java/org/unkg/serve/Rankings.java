package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Rankings rankings = new Rankings();
 * rankings.measures(dsg);                                      // ["cited"], or ["pageRank", "hubScore", ..., "cited"]
 * rankings.page(dsg, labels, "pageRank", "sc", 1990, 0, 50);   // {measure, rows: [{rank, score, thing}], total}
 * }</pre>
 *
 * <p>A ranking orders every resolution of the store and reads the facts of each (for the organ and decade filters),
 * so it is computed once per state of a TDB2 store ({@link StoreVersion}) and pages are cut from it in memory: the
 * first request after a write pays for it, the others do not. Over a store whose state cannot be told (in memory)
 * it is computed every time.
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

    /** One resolution's place in a ranking. */
    private record Row(Thing thing, String score) {
    }

    /**
     * One ranking cut by organ and decade: the rows that pass, in order, and the decades of the whole ranking (what
     * the page offers as filters).
     */
    private record Filtered(List<Row> rows, List<Integer> decades) {
    }

    /** Which cut of which ranking: the key of {@link Filtered}; null organ or decade for all. */
    private record Cut(String measure, String organ, Integer decade) {
    }

    /** What was computed from one state of the store: the measures offered, and the rankings asked for so far. */
    private static final class Computed {
        final StoreVersion version;
        final List<String> measures;
        final Map<String, List<Row>> rankings = new java.util.concurrent.ConcurrentHashMap<>();
        /** Each ranking by filter, so a page costs its rows, not the whole ranking. */
        final Map<Cut, Filtered> filtered = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<Node, Thing> things = new java.util.concurrent.ConcurrentHashMap<>();

        Computed(StoreVersion version, List<String> measures) {
            this.version = version;
            this.measures = measures;
        }
    }

    private volatile Computed kept;

    /** The measures this store can rank by: the network's when present, and always the citation count. */
    List<String> measures(DatasetGraph dsg) {
        return computed(dsg).measures;
    }

    private Computed computed(DatasetGraph dsg) {
        Optional<StoreVersion> version = StoreVersion.of(dsg);
        Computed c = kept;
        if (c != null && version.isPresent() && version.get().equals(c.version)) {
            return c;
        }
        List<String> measures = new ArrayList<>();
        for (String m : NETWORK_MEASURES) {
            boolean present = !Sparql.select(dsg, "SELECT ?r WHERE { GRAPH <" + NETWORK + "> { ?r unkg:" + m
                    + " ?s } } LIMIT 1", Map.of()).isEmpty();
            if (present) {
                measures.add(m);
            }
        }
        measures.add("cited");
        c = new Computed(version.orElse(null), List.copyOf(measures));
        if (version.isPresent()) {
            kept = c;
        }
        return c;
    }

    /** Every resolution in the order of {@code measure}, with its facts; computed once per state of the store. */
    private List<Row> ranking(DatasetGraph dsg, Computed c, String measure, Labels labels) {
        List<Row> rows = c.rankings.get(measure);
        if (rows != null) {
            return rows;
        }
        synchronized (c) { // one computation of a ranking at a time, not one per waiting request
            rows = c.rankings.get(measure);
            if (rows != null) {
                return rows;
            }
            String query = measure.equals("cited") ? CITED : SCORED.formatted(NETWORK, measure);
            List<Row> out = new ArrayList<>();
            for (Binding b : Sparql.select(dsg, query, Map.of())) {
                Node r = Sparql.node(b, "r");
                if (r.isURI()) {
                    out.add(new Row(c.things.computeIfAbsent(r, n -> Thing.of(dsg, n, labels)),
                            Sparql.lexical(b, "score")));
                }
            }
            rows = List.copyOf(out);
            c.rankings.put(measure, rows);
            return rows;
        }
    }

    /**
     * One page of the ranking by {@code measure} (one of {@link #measures}; else the first), of resolutions of
     * {@code organ} ({@code ga}, {@code sc}, {@code other}; null for all) and {@code decade} (null for all); call
     * inside a read transaction.
     */
    Map<String, Object> page(DatasetGraph dsg, Labels labels, String measure, String organ, Integer decade,
                             int offset, int limit) {
        Computed c = computed(dsg);
        List<String> measures = c.measures;
        String m = measure != null && measures.contains(measure) ? measure : measures.get(0);
        List<Row> ranking = ranking(dsg, c, m, labels); // its SPARQL runs here, not inside the map's computeIfAbsent
        Filtered f = c.filtered.computeIfAbsent(new Cut(m, organ, decade), k -> filter(ranking, organ, decade));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = Math.max(0, offset); i < f.rows().size() && rows.size() < limit; i++) {
            Row row = f.rows().get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", i + 1);
            r.put("score", row.score());
            r.put("thing", row.thing().toMap(labels));
            rows.add(r);
        }
        int matched = f.rows().size();
        List<Integer> decades = f.decades();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("measure", m);
        out.put("measures", measures);
        out.put("network", measures.size() > 1);
        out.put("organ", organ);
        out.put("decade", decade);
        out.put("decades", decades);
        out.put("rows", rows);
        out.put("total", matched);
        out.put("offset", offset);
        out.put("limit", limit);
        return out;
    }

    private static Filtered filter(List<Row> ranking, String organ, Integer decade) {
        List<Row> rows = new ArrayList<>();
        TreeSet<Integer> decades = new TreeSet<>();
        for (Row row : ranking) {
            Thing t = row.thing();
            t.decade().ifPresent(decades::add);
            if ((organ == null || organ.equals(t.organKey()))
                    && (decade == null || decade.equals(t.decade().orElse(null)))) {
                rows.add(row);
            }
        }
        return new Filtered(List.copyOf(rows), List.copyOf(decades));
    }
}
