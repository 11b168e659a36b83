package org.unkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Collects what an emitter writes for one file, putting every triple and quad in that file's graph: the store's
 * contract is one named graph per file, whatever graph the emitter names.
 */
final class GraphCollector extends StreamRDFBase {
    private final Node graph;
    private final List<Quad> quads = new ArrayList<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    GraphCollector(Node graph) {
        this.graph = graph;
    }

    @Override
    public void triple(Triple t) {
        quads.add(Quad.create(graph, t));
    }

    @Override
    public void quad(Quad q) {
        quads.add(q.getGraph().equals(graph) ? q : Quad.create(graph, q.asTriple()));
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.put(prefix, iri);
    }

    List<Quad> quads() {
        return quads;
    }

    Map<String, String> prefixes() {
        return prefixes;
    }
}
