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
 * A thing's citation neighbourhood as Cytoscape.js elements: the thing, what it cites and what cites it, with one
 * edge per citing/cited pair carrying its verbs, sections and number of citations, and each node its kind, organ
 * and year for the explorer's filters.
 *
 * <pre>{@code
 * Map<String, Object> g = Neighbourhood.of(dsg, iri, labels, 200);   // {nodes: [{data: {...}}], edges: [...]}
 * }</pre>
 */
final class Neighbourhood {
    private static final String EDGES = """
            SELECT ?a ?b ?verb ?section WHERE {
              { ?m cito:hasCitingEntity ?this ; cito:hasCitedEntity ?b . BIND(?this AS ?a) }
              UNION { ?m cito:hasCitedEntity ?this ; cito:hasCitingEntity ?a . BIND(?this AS ?b) }
              OPTIONAL { ?m unkg:verb ?verb } OPTIONAL { ?m unkg:inSection ?section }
            } LIMIT 5000""";

    private Neighbourhood() {
    }

    /** The neighbourhood, with at most {@code maxNodes} neighbours; call inside a read transaction. */
    static Map<String, Object> of(DatasetGraph dsg, Node thing, Labels labels, int maxNodes) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Binding b : Sparql.select(dsg, EDGES, Map.of("this", thing))) {
            Node a = Sparql.node(b, "a");
            Node c = Sparql.node(b, "b");
            if (!a.isURI() || !c.isURI()) {
                continue;
            }
            Edge e = edges.computeIfAbsent(a.getURI() + " " + c.getURI(), k -> new Edge(a, c));
            e.count++;
            if (!Sparql.lexical(b, "verb").isEmpty()) {
                e.verbs.add(Sparql.lexical(b, "verb"));
            }
            Node s = Sparql.node(b, "section");
            if (s != null && s.isURI()) {
                e.sections.add(s.getLocalName());
            }
        }
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        nodes.put(thing.getURI(), node(dsg, thing, labels));
        List<Map<String, Object>> edgeList = new ArrayList<>();
        boolean truncated = false;
        for (Edge e : edges.values()) {
            for (Node n : new Node[] {e.from, e.to}) {
                if (!nodes.containsKey(n.getURI())) {
                    if (nodes.size() > maxNodes) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(n.getURI(), node(dsg, n, labels));
                }
            }
            if (nodes.containsKey(e.from.getURI()) && nodes.containsKey(e.to.getURI())) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", e.from.getURI() + " -> " + e.to.getURI());
                d.put("source", e.from.getURI());
                d.put("target", e.to.getURI());
                d.put("verbs", new ArrayList<>(e.verbs));
                d.put("sections", new ArrayList<>(e.sections));
                d.put("count", e.count);
                edgeList.add(Map.of("data", d));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("focus", thing.getURI());
        out.put("nodes", nodes.values().stream().map(d -> Map.<String, Object>of("data", d)).toList());
        out.put("edges", edgeList);
        out.put("truncated", truncated);
        return out;
    }

    private static Map<String, Object> node(DatasetGraph dsg, Node n, Labels labels) {
        Map<String, Object> d = Thing.of(dsg, n, labels).toMap(labels);
        d.put("id", n.getURI());
        d.put("api", "/api/neighbourhood" + labels.href(n));
        return d;
    }

    private static final class Edge {
        final Node from;
        final Node to;
        final TreeSet<String> verbs = new TreeSet<>();
        final TreeSet<String> sections = new TreeSet<>();
        int count;

        Edge(Node from, Node to) {
            this.from = from;
            this.to = to;
        }
    }
}
