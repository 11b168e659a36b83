package org.unkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.unkg.export.RdfSyntax;

/**
 * The HTML page for one thing (a resolution, treaty, body, document, or anything else in the graph): what it is,
 * what it says and cites, with the quoted passages, and what cites it.
 *
 * <pre>{@code
 * String html = ResourcePage.render(description, labels);
 * }</pre>
 *
 * The page knows no ontology: it shows every statement, nests the nodes that belong to the thing (see
 * {@link ResourceDescription}) and shows literal values, such as quoted passages, as quotations.
 */
final class ResourcePage {
    /** The most statements of the thing's own a page lists. */
    private static final int MAX_STATEMENTS = 300;
    private final ResourceDescription d;
    private final Labels labels;
    private final DatasetGraph quads;
    private final Html h = new Html();
    /** The thing and the nodes shown nested in its statements. */
    private final Set<Node> shown = new HashSet<>();

    private final DatasetGraph store;
    private final Memo<Citations.Key, Citations> citations;

    private ResourcePage(ResourceDescription d, Labels labels, DatasetGraph store,
                         Memo<Citations.Key, Citations> citations) {
        this.d = d;
        this.labels = labels;
        this.quads = d.quads();
        this.store = store;
        this.citations = citations;
    }

    /** The page; call inside a read transaction on the store that {@code labels} reads. */
    static String render(ResourceDescription d, Labels labels) {
        return new ResourcePage(d, labels, null, null).page();
    }

    /**
     * The page with its citation tables read from {@code store}, each thing's citations kept in {@code citations}
     * until the store changes; call inside a read transaction on it.
     */
    static String render(ResourceDescription d, Labels labels, DatasetGraph store,
                         Memo<Citations.Key, Citations> citations) {
        return new ResourcePage(d, labels, store, citations).page();
    }

    private String page() {
        Node iri = d.iri();
        String href = labels.href(iri);
        String title = labels.label(iri);
        StringBuilder head = new StringBuilder();
        for (RdfSyntax s : RdfSyntax.values()) {
            head.append("<link rel=\"alternate\" type=\"").append(Html.escape(s.mediaType())).append("\" href=\"")
                    .append(Html.escape(href + "." + s.extension())).append("\">\n");
        }
        h.element("h1", title).open("p", "iri").text(iri.getURI()).close("p");
        h.open("p", "formats meta").text("This page as data: ");
        for (RdfSyntax s : RdfSyntax.values()) {
            h.link(href + "." + s.extension(), s.label()).text(" ");
        }
        h.text(" · ").link(Explorer.href(labels, iri), "explore");
        h.text(" · ").link("/sparql?query=" + URLEncoder.encode("DESCRIBE <" + iri.getURI() + ">",
                StandardCharsets.UTF_8), "SPARQL DESCRIBE").close("p");
        if (store != null) {
            CitationTables.render(h, store, iri, labels, citations);
        }
        if (quads.getGraph(Quad.defaultGraphIRI) != null) {
            statements();
            citedBy();
        }
        if (d.truncated()) {
            h.open("p", "meta").text("Only the first statements that point here are listed; ")
                    .link(Explorer.href(labels, d.iri()), "the explorer").text(" pages through what cites it, and the "
                    + "SPARQL endpoint answers the rest.").close("p");
        }
        return Html.page(title + " · unkg", head.toString(), h.toString());
    }

    /** The thing's own statements, with the nodes that belong to it nested. */
    private void statements() {
        List<Quad> own = find(d.iri(), Node.ANY);
        if (own.isEmpty()) {
            return;
        }
        h.element("h2", "Statements");
        shown.add(d.iri());
        // a body or treaty is described again in every file that names it: show the first rows, not all of them
        table(own.size() > MAX_STATEMENTS ? own.subList(0, MAX_STATEMENTS) : own);
        if (own.size() > MAX_STATEMENTS) {
            h.open("p", "meta").text("The first " + MAX_STATEMENTS + " of " + own.size() + " statements; all of them "
                    + "in ").link(labels.href(d.iri()) + ".ttl", "Turtle").text(".").close("p");
        }
    }

    private void table(List<Quad> rows) {
        h.open("table").raw("<tr><th>property</th><th>value</th><th>source</th></tr>");
        for (Quad q : rows) {
            h.open("tr").open("th").text(labels.shortName(q.getPredicate())).close("th").open("td");
            value(q.getObject());
            h.close("td").open("td", "meta").text(labels.graph(q.getGraph())).close("td").close("tr");
        }
        h.close("table");
    }

    private void value(Node o) {
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            if (lex.length() > 40 || lex.contains(" ")) {
                h.open("blockquote").text(lex).close("blockquote");
            } else {
                h.text(lex);
            }
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                h.open("span", "meta").text(" @" + lang).close("span");
            }
        } else if (o.isURI() && !o.getURI().startsWith(d.iri().getURI() + "#")) {
            h.link(labels.href(o), labels.label(o));
        } else if (shown.add(o)) {
            table(find(o, Node.ANY));
        } else {
            h.text(labels.shortName(o));
        }
    }

    /** The statements that point here; a citation node comes with its holder and its passage. */
    private void citedBy() {
        List<Quad> incoming = find(Node.ANY, d.iri());
        incoming.removeIf(q -> shown.contains(q.getSubject()));
        if (incoming.isEmpty()) {
            return;
        }
        h.element("h2", "Cited by and linked from");
        h.open("table").raw("<tr><th>from</th><th>how</th><th>source</th></tr>");
        for (Quad q : incoming) {
            Node s = q.getSubject();
            h.open("tr").open("td");
            if (s.isURI() && !s.getURI().contains("#")) {
                h.link(labels.href(s), labels.label(s));
            } else {
                // a citation node: show who holds it, and its literal values (the quoted passage)
                for (Node holder : holders(s, q.getGraph())) {
                    if (holder.isURI()) {
                        h.link(labels.href(holder), labels.label(holder)).raw("<br>");
                    }
                }
                for (Quad lit : find(s, Node.ANY)) {
                    if (lit.getObject().isLiteral()) {
                        value(lit.getObject());
                    }
                }
            }
            h.close("td").open("td").text(labels.shortName(q.getPredicate())).close("td")
                    .open("td", "meta").text(labels.graph(q.getGraph())).close("td").close("tr");
        }
        h.close("table");
    }

    private List<Node> holders(Node n, Node graph) {
        List<Node> out = new ArrayList<>();
        quads.find(graph, Node.ANY, Node.ANY, n).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private List<Quad> find(Node s, Node o) {
        List<Quad> out = new ArrayList<>();
        Iterator<Quad> it = quads.find(Node.ANY, s, Node.ANY, o);
        it.forEachRemaining(out::add);
        return out;
    }
}
