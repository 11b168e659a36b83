package org.unkg.serve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * What the server says about one thing: its statements, those of the nodes that belong to it, and the statements
 * that point at it, each in the graph (source file) it comes from.
 *
 * <pre>{@code
 * Txn.executeRead(dsg, () -> {
 *     ResourceDescription d = ResourceDescription.of(dsg, iri, 1000);
 *     d.exists();    // false: 404
 *     d.quads();     // an in-memory dataset to write in any syntax
 * });
 * }</pre>
 *
 * <p>A node belongs to the thing when it is a blank node reached from it, or a hash IRI under it
 * ({@code <…/A/RES/53/97#c1>}): a citation and its quoted passage, say. Pointing statements come with the
 * statements of their subject when that subject is such a node, so "what cites it" carries the passage and the
 * citing resolution. A very popular thing lists at most {@code maxIncoming} pointing statements.
 */
final class ResourceDescription {
    private final Node iri;
    private final DatasetGraph quads;
    private final boolean exists;
    private final boolean truncated;

    private ResourceDescription(Node iri, DatasetGraph quads, boolean exists, boolean truncated) {
        this.iri = iri;
        this.quads = quads;
        this.exists = exists;
        this.truncated = truncated;
    }

    /** Describes {@code iri}; call inside a read transaction on {@code dsg}. */
    static ResourceDescription of(DatasetGraph dsg, Node iri, int maxIncoming) {
        // gathered first and added in one write transaction: added one by one, each quad was a transaction of its
        // own, and a treaty's 6,000 statements took most of its page's time
        List<Quad> found = new ArrayList<>();
        boolean exists = false;
        Set<Node> expanded = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(iri);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!expanded.add(s)) {
                continue;
            }
            Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                exists = true;
                found.add(q);
                if (belongsTo(q.getObject(), iri)) {
                    todo.add(q.getObject());
                }
            }
        }
        boolean truncated = false;
        int incoming = 0;
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, iri);
        while (it.hasNext()) {
            Quad q = it.next();
            exists = true;
            if (incoming++ >= maxIncoming) {
                truncated = true;
                break;
            }
            found.add(q);
            Node via = q.getSubject();
            if (!expanded.contains(via) && !via.isURI() || isHashOfOther(via, iri)) {
                // a citation node: its own statements (the passage) and who holds it (the citing thing)
                dsg.find(q.getGraph(), via, Node.ANY, Node.ANY).forEachRemaining(found::add);
                dsg.find(q.getGraph(), Node.ANY, Node.ANY, via).forEachRemaining(found::add);
            }
        }
        if (!exists) {
            exists = dsg.containsGraph(iri) || dsg.find(Node.ANY, Node.ANY, iri, Node.ANY).hasNext();
        }
        // a plain in-memory dataset: the transactional one keeps six persistent indexes, and filling them was half
        // of a page's time for a resolution cited thousands of times
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeWrite(out, () -> found.forEach(out::add));
        return new ResourceDescription(iri, out, exists, truncated);
    }

    /** True when {@code iri} occurs in {@code dsg}; call inside a read transaction. Cheaper than {@link #of}. */
    static boolean exists(DatasetGraph dsg, Node iri) {
        return dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).hasNext()
                || dsg.containsGraph(iri)
                || dsg.find(Node.ANY, Node.ANY, iri, Node.ANY).hasNext();
    }

    private static boolean belongsTo(Node n, Node iri) {
        return n.isBlank() || n.isURI() && n.getURI().startsWith(iri.getURI() + "#");
    }

    private static boolean isHashOfOther(Node n, Node iri) {
        return n.isURI() && n.getURI().contains("#") && !n.getURI().startsWith(iri.getURI() + "#");
    }

    /** The thing described. */
    Node iri() {
        return iri;
    }

    /** True when the thing occurs in the store, as subject, object, predicate or graph name. */
    boolean exists() {
        return exists;
    }

    /** True when there were more pointing statements than listed. */
    boolean truncated() {
        return truncated;
    }

    /** The statements, in their graphs, as an in-memory dataset. */
    DatasetGraph quads() {
        return quads;
    }
}
