package org.unkg.serve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A resolution's lineage for the timeline: the resolutions it cites (its predecessors) and those that cite it (its
 * successors), followed {@code depth} steps each way along the direct {@code eli:cites} edges, each with its year.
 *
 * <pre>{@code
 * Map<String, Object> l = Lineage.of(dsg, iri, labels, 2, 300);   // {focus, resolutions: [{iri, year, side, depth}]}
 * }</pre>
 */
final class Lineage {
    private static final Node CITES = NodeFactory.createURI("http://data.europa.eu/eli/ontology#cites");

    private Lineage() {
    }

    /** Call inside a read transaction; {@code max} caps the resolutions on each side. */
    static Map<String, Object> of(DatasetGraph dsg, Node focus, Labels labels, int depth, int max) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> f = Thing.of(dsg, focus, labels).toMap(labels);
        f.put("side", "focus");
        f.put("depth", 0);
        out.add(f);
        boolean truncated = walk(dsg, focus, labels, depth, max, true, out);
        truncated |= walk(dsg, focus, labels, depth, max, false, out);
        out.sort(Comparator.comparing((Map<String, Object> m) -> m.get("year") == null ? Integer.MAX_VALUE
                : (Integer) m.get("year")).thenComparing(m -> (String) m.get("label")));
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("focus", f);
        l.put("resolutions", out);
        l.put("truncated", truncated);
        return l;
    }

    private static boolean walk(DatasetGraph dsg, Node focus, Labels labels, int depth, int max, boolean back,
                                List<Map<String, Object>> out) {
        Set<Node> seen = new LinkedHashSet<>();
        seen.add(focus);
        Deque<Node> level = new ArrayDeque<>(List.of(focus));
        int found = 0;
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            Deque<Node> next = new ArrayDeque<>();
            for (Node n : level) {
                Iterator<Quad> it = back ? dsg.find(Node.ANY, n, CITES, Node.ANY)
                        : dsg.find(Node.ANY, Node.ANY, CITES, n);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Node other = back ? q.getObject() : q.getSubject();
                    if (!other.isURI() || !seen.add(other)) {
                        continue;
                    }
                    Thing t = Thing.of(dsg, other, labels);
                    if (!t.kind().equals("resolution")) {
                        continue;
                    }
                    if (found++ >= max) {
                        return true;
                    }
                    Map<String, Object> m = t.toMap(labels);
                    m.put("side", back ? "predecessor" : "successor");
                    m.put("depth", d);
                    out.add(m);
                    next.add(other);
                }
            }
            level = next;
        }
        return false;
    }
}
