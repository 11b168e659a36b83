package org.unkg.serve;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.unkg.export.Prefixes;
import org.unkg.store.Catalog;

/**
 * A few things to start browsing from: some resolutions, then some source graphs; the home page and VoID's
 * {@code void:exampleResource} list them.
 *
 * <pre>{@code
 * Set<Node> start = Txn.calculateRead(dsg, () -> Examples.of(dsg, 10));
 * }</pre>
 */
final class Examples {
    private Examples() {
    }

    /** At most {@code n} things, half of them resolutions; call inside a read transaction. */
    static Set<Node> of(DatasetGraph dsg, int n) {
        Set<Node> out = new LinkedHashSet<>();
        Node resolution = NodeFactory.createURI(Prefixes.UNKG + "Resolution");
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), resolution);
        while (it.hasNext() && out.size() < n / 2) {
            out.add(it.next().getSubject());
        }
        it = dsg.find(Catalog.GRAPH, Node.ANY, Catalog.FILE, Node.ANY);
        while (it.hasNext() && out.size() < n) {
            out.add(it.next().getSubject());
        }
        return out;
    }
}
