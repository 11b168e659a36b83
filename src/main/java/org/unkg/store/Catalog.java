package org.unkg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * store:sha256 "…" ; store:size 4711 ; store:fileModified "…"^^xsd:dateTime ; void:triples 42 ;
 * dcterms:modified "…"^^xsd:dateTime}; the size and file time (the file's {@link FileStamp}) only when the file had
 * settled when it was read. The graph name is a URN rather than an
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
    /** The file's size in bytes when it was stored. */
    public static final Node SIZE = NodeFactory.createURI(NS + "size");
    /** The file's last modification time when it was stored. */
    public static final Node FILE_MODIFIED = NodeFactory.createURI(NS + "fileModified");
    /** Number of triples in the graph (VoID). */
    public static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");

    private Catalog() {
    }

    /** Every stored file, by name. Call inside a read or write transaction. One scan of the catalog graph. */
    static Map<String, SourceRecord> read(DatasetGraph dsg) {
        Map<Node, Map<Node, Node>> bySubject = new LinkedHashMap<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            bySubject.computeIfAbsent(q.getSubject(), k -> new HashMap<>()).putIfAbsent(q.getPredicate(), q.getObject());
        }
        Map<String, SourceRecord> m = new LinkedHashMap<>();
        for (Map.Entry<Node, Map<Node, Node>> e : bySubject.entrySet()) {
            Map<Node, Node> po = e.getValue();
            Node file = po.get(FILE);
            if (file == null) {
                continue;
            }
            Node sha = po.get(SHA256);
            m.put(file.getLiteralLexicalForm(), new SourceRecord(file.getLiteralLexicalForm(), e.getKey(),
                    sha == null ? "" : sha.getLiteralLexicalForm(), stamp(po.get(SIZE), po.get(FILE_MODIFIED))));
        }
        return m;
    }

    private static FileStamp stamp(Node size, Node modified) {
        if (size == null || modified == null) {
            return null;
        }
        try {
            return new FileStamp(Long.parseLong(size.getLiteralLexicalForm()),
                    Instant.parse(modified.getLiteralLexicalForm()));
        } catch (RuntimeException e) {
            return null; // an unreadable stamp only means the file is hashed again
        }
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
        if (sg.stamp() != null) {
            qs.addAll(stampQuads(g, sg.stamp()));
        }
        qs.add(Quad.create(GRAPH, g, TRIPLES, NodeFactory.createLiteralDT(Integer.toString(sg.quads().size()),
                XSDDatatype.XSDinteger)));
        qs.add(Quad.create(GRAPH, g, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime)));
        return qs;
    }

    /**
     * Records a new stamp for a stored graph whose file was found unchanged by its hash (touched, copied, or too
     * fresh to trust when stored), so that the next ingest need not read it. Call inside a write transaction.
     */
    static void restamp(DatasetGraph dsg, Node graph, FileStamp stamp) {
        dsg.deleteAny(GRAPH, graph, SIZE, Node.ANY);
        dsg.deleteAny(GRAPH, graph, FILE_MODIFIED, Node.ANY);
        stampQuads(graph, stamp).forEach(dsg::add);
    }

    private static List<Quad> stampQuads(Node g, FileStamp stamp) {
        return List.of(
                Quad.create(GRAPH, g, SIZE, NodeFactory.createLiteralDT(Long.toString(stamp.size()),
                        XSDDatatype.XSDinteger)),
                Quad.create(GRAPH, g, FILE_MODIFIED, NodeFactory.createLiteralDT(stamp.modified().toString(),
                        XSDDatatype.XSDdateTime)));
    }

    /** Drops every catalog statement about {@code graph}. Call inside a write transaction. */
    static void forget(DatasetGraph dsg, Node graph) {
        dsg.deleteAny(GRAPH, graph, Node.ANY, Node.ANY);
    }
}
