package org.unkg.serve;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;
import org.unkg.export.RdfSyntax;
import org.unkg.store.Catalog;

/**
 * The server's home page: what is stored, the SPARQL endpoint with a query form, a few things to start browsing
 * from, the dumps and the VoID description.
 *
 * <pre>{@code
 * String html = Txn.calculateRead(dsg, () -> HomePage.render(dsg, labels, iris));
 * }</pre>
 */
final class HomePage {
    private static final int EXAMPLES = 10;
    private static final String EXAMPLE_QUERY = """
            PREFIX unkg: <https://unkg.org/ontology#>
            SELECT ?resolution ?p ?o
            WHERE { ?resolution a unkg:Resolution ; ?p ?o }
            LIMIT 25""";

    private HomePage() {
    }

    /** The page; call inside a read transaction on {@code dsg}. */
    static String render(DatasetGraph dsg, Labels labels, IriScheme iris) {
        Html h = new Html();
        h.element("h1", "unkg: the open knowledge graph of United Nations resolutions");
        long files = count(dsg.find(Catalog.GRAPH, Node.ANY, Catalog.FILE, Node.ANY));
        h.open("p").text(files + " source files, each its own named graph; things are named under "
                + iris.base() + ", and each of them can be looked up on this server by its path.").close("p");

        h.raw("<h2 id=\"query\">SPARQL</h2>").open("p").text("SPARQL 1.1 Query endpoint (GET and POST): ")
                .link("/sparql", "/sparql").text("; Graph Store Protocol, read-only: ").link("/data", "/data")
                .text(". The default graph is the union of all files' graphs.").close("p");
        h.raw("<form action=\"/sparql\" method=\"get\"><textarea name=\"query\" rows=\"6\">")
                .text(EXAMPLE_QUERY).raw("</textarea><p><button type=\"submit\">Run</button></p></form>");

        Set<Node> examples = examples(dsg);
        if (!examples.isEmpty()) {
            h.element("h2", "Start here").open("ul");
            for (Node n : examples) {
                h.open("li").link(labels.href(n), labels.label(n)).close("li");
            }
            h.close("ul");
        }

        h.element("h2", "Downloads").open("p", "formats").text("The whole store: ");
        for (RdfSyntax s : RdfSyntax.values()) {
            h.link("/dump." + s.extension() + ".gz", s.label()).text(" ");
        }
        h.close("p").open("p").text("Described in ").link("/.well-known/void", "VoID").text(".").close("p");
        return Html.page("unkg", "", h.toString());
    }

    /** A few resolutions, then a few source graphs, to start browsing from. */
    static Set<Node> examples(DatasetGraph dsg) {
        Set<Node> out = new LinkedHashSet<>();
        Node resolution = NodeFactory.createURI(Prefixes.UNKG + "Resolution");
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), resolution);
        while (it.hasNext() && out.size() < EXAMPLES / 2) {
            out.add(it.next().getSubject());
        }
        it = dsg.find(Catalog.GRAPH, Node.ANY, Catalog.FILE, Node.ANY);
        while (it.hasNext() && out.size() < EXAMPLES) {
            out.add(it.next().getSubject());
        }
        return out;
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
