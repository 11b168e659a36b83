package org.unkg.emit.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes one source file's triples into its named graph on a {@link StreamRDF}, each triple once. Shared nodes
 * (a cited resolution, a body) are described every time a file names them; the set of triples already written
 * keeps each graph free of repeats. It lives for one file, so its memory is bounded by one file's triples.
 */
final class GraphWriter {
    private final StreamRDF out;
    private final Node graph;
    private final Set<Triple> written = new HashSet<>();
    private final Set<Triple> functional = new HashSet<>();

    GraphWriter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    /** Writes the triple unless this graph has it already; true when it was new. */
    boolean add(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (!written.add(t)) {
            return false;
        }
        out.quad(Quad.create(graph, t));
        return true;
    }

    /** Whether this graph has the triple already. */
    boolean has(Node s, Node p, Node o) {
        return written.contains(Triple.create(s, p, o));
    }

    /** Types {@code s}; true when the first type was new (the node had not been typed so here). */
    boolean type(Node s, Node... classes) {
        boolean first = false;
        for (int i = 0; i < classes.length; i++) {
            boolean added = add(s, RDF.type.asNode(), classes[i]);
            if (i == 0) {
                first = added;
            }
        }
        return first;
    }

    void string(Node s, Node p, String v) {
        if (v != null && !v.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(v.strip()));
        }
    }

    /** English text: titles and names, as the English texts give them. */
    void english(Node s, Node p, String v) {
        if (v != null && !v.isBlank()) {
            add(s, p, NodeFactory.createLiteralLang(v.strip(), "en"));
        }
    }

    /** A date is a single value: where a file states two for one thing, the first stands. */
    void date(Node s, Node p, LocalDate d) {
        if (d != null) {
            single(s, p, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
        }
    }

    /** A single-valued property: written only when this graph has no value for it yet. */
    void singleString(Node s, Node p, String v) {
        if (v != null && !v.isBlank()) {
            single(s, p, NodeFactory.createLiteralString(v.strip()));
        }
    }

    private void single(Node s, Node p, Node o) {
        if (functional.add(Triple.create(s, p, NodeFactory.createBlankNode("single")))) {
            add(s, p, o);
        }
    }

    void dateTime(Node s, Node p, Instant t) {
        add(s, p, NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime));
    }

    void integer(Node s, Node p, Integer v) {
        if (v != null) {
            add(s, p, NodeFactory.createLiteralDT(v.toString(), XSDDatatype.XSDinteger));
        }
    }

    void count(Node s, Node p, Integer v) {
        if (v != null) {
            add(s, p, NodeFactory.createLiteralDT(v.toString(), XSDDatatype.XSDnonNegativeInteger));
        }
    }

    void bool(Node s, Node p, boolean v) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(v), XSDDatatype.XSDboolean));
    }
}
