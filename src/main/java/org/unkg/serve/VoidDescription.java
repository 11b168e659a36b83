package org.unkg.serve;

import java.util.Iterator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.RdfSyntax;
import org.unkg.store.Catalog;

/**
 * The VoID description served at {@code /.well-known/void} (RFC 5785, VoID §7): the dataset, its SPARQL endpoint,
 * its dumps, its URI space, its size and a few example resources.
 *
 * <pre>{@code
 * DatasetGraph v = VoidDescription.of(dsg, iris, "http://127.0.0.1:3030/");
 * }</pre>
 */
final class VoidDescription {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private VoidDescription() {
    }

    /** The description, in a named graph of its own; call inside a read transaction on {@code dsg}. */
    static DatasetGraph of(DatasetGraph dsg, IriScheme iris, String serverRoot) {
        Node doc = uri(serverRoot + ".well-known/void");
        Node ds = uri(serverRoot + ".well-known/void#unkg");
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        add(out, doc, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(out, doc, ds, DCTerms.title.asNode(),
                NodeFactory.createLiteralString("unkg: the open knowledge graph of United Nations resolutions"));
        add(out, doc, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(iris.base()));
        add(out, doc, ds, uri(VOID + "sparqlEndpoint"), uri(serverRoot + "sparql"));
        for (RdfSyntax s : RdfSyntax.values()) {
            add(out, doc, ds, uri(VOID + "dataDump"), uri(serverRoot + "dump." + s.extension() + ".gz"));
        }
        for (String f : new String[] {"Turtle", "JSON-LD", "RDF_XML", "N-Triples", "N-Quads", "TriG"}) {
            add(out, doc, ds, uri(VOID + "feature"), uri(FORMATS + f));
        }
        long triples = 0;
        long files = 0;
        Iterator<Quad> it = dsg.find(Catalog.GRAPH, Node.ANY, Catalog.TRIPLES, Node.ANY);
        while (it.hasNext()) {
            triples += ((Number) it.next().getObject().getLiteralValue()).longValue();
            files++;
        }
        add(out, doc, ds, uri(VOID + "triples"), integer(triples));
        add(out, doc, ds, uri(VOID + "documents"), integer(files));
        for (Node n : Examples.of(dsg, 10)) {
            add(out, doc, ds, uri(VOID + "exampleResource"), n);
        }
        return out;
    }

    private static void add(DatasetGraph out, Node g, Node s, Node p, Node o) {
        out.add(Quad.create(g, s, p, o));
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
