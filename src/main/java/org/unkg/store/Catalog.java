package org.unkg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The store's record of which file each named graph came from and the hash of the bytes it was built from, kept as
 * RDF in the named graph {@link #GRAPH} so that it is written in the same transaction as the graphs it describes.
 *
 * <pre>{@code
 * PREFIX store: <https://unkg.org/store#>
 * SELECT ?file ?sha WHERE { GRAPH <urn:x-unkg:catalog> { ?g store:file ?file ; store:sha256 ?sha } }
 * }</pre>
 *
 * Each source graph {@code ?g} is described as {@code ?g a store:SourceGraph ; store:file "seeds/000.txt" ;
 * store:sha256 "…" ; void:triples 42 ; dcterms:modified "…"^^xsd:dateTime}. The graph name is a URN rather than an
 * IRI under the base, because the base can change between ingests and the catalog must still be found.
 */
public final class Catalog {
    /** The store vocabulary's namespace. */
    public static final String NS = "https://unkg.org/store#";
    /** The named graph holding the catalog. */
    public static final Node GRAPH = NodeFactory.createURI("urn:x-unkg:catalog");
    /** Class of a graph built from one source file. */
    public static final Node SOURCE_GRAPH = NodeFactory.createURI(NS + "SourceGraph");
    /** The file's name relative to the ingest root. */
    public static final Node FILE = NodeFactory.createURI(NS + "file");
    /** Hex SHA-256 of the file's bytes. */
    public static final Node SHA256 = NodeFactory.createURI(NS + "sha256");
    /** Number of triples in the graph (VoID). */
    public static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");

    private Catalog() {
    }

    /** Every stored file, by name. Call inside a read or write transaction. */
    static Map<String, SourceRecord> read(DatasetGraph dsg) {
        Map<String, SourceRecord> m = new LinkedHashMap<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, FILE, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            String file = q.getObject().getLiteralLexicalForm();
            String sha = first(dsg, q.getSubject(), SHA256).map(Node::getLiteralLexicalForm).orElse("");
            m.put(file, new SourceRecord(file, q.getSubject(), sha));
        }
        return m;
    }

    /** Replaces what the catalog says about {@code sg}'s graph. Call inside a write transaction. */
    static void record(DatasetGraph dsg, SourceGraph sg, Instant when) {
        forget(dsg, sg.graph());
        for (Quad q : quads(sg, when)) {
            dsg.add(q);
        }
    }

    /** The catalog's quads for {@code sg}, for a bulk loader's stream. */
    static List<Quad> quads(SourceGraph sg, Instant when) {
        Node g = sg.graph();
        List<Quad> qs = new ArrayList<>();
        qs.add(Quad.create(GRAPH, g, RDF.type.asNode(), SOURCE_GRAPH));
        qs.add(Quad.create(GRAPH, g, FILE, NodeFactory.createLiteralString(sg.file())));
        qs.add(Quad.create(GRAPH, g, SHA256, NodeFactory.createLiteralString(sg.sha256())));
        qs.add(Quad.create(GRAPH, g, TRIPLES, NodeFactory.createLiteralDT(Integer.toString(sg.quads().size()),
                XSDDatatype.XSDinteger)));
        qs.add(Quad.create(GRAPH, g, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime)));
        return qs;
    }

    /** Drops every catalog statement about {@code graph}. Call inside a write transaction. */
    static void forget(DatasetGraph dsg, Node graph) {
        dsg.deleteAny(GRAPH, graph, Node.ANY, Node.ANY);
    }

    private static Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }
}
