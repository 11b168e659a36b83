package org.unkg.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/**
 * The part of a page people read first: what a resolution cites and what cites it, each with the verb, where it
 * stands and the quoted passage; for a body, where it is named. Read from the model's citation nodes
 * ({@code cito:Citation} with its {@code oa:exact} quote), so it follows the vocabulary, not the raw statements.
 *
 * <pre>{@code
 * CitationTables.render(html, store, iri, labels, memo);   // inside a read transaction
 * }</pre>
 *
 * The rows are those the citations kept in the memo give ({@link Citations}): sorted in memory, the passages read
 * for the 50 shown only.
 */
final class CitationTables {
    /** The rows a table shows; the explorer pages through all of them. */
    private static final int LIMIT = 50;
    /** What {@code ?this} cites, in text order; what cites it and where a body is named, by the other end. */
    private static final String TEXT_ORDER = "?g ?start";
    private static final String OTHER_ORDER = "?other ?start";

    private CitationTables() {
    }

    /**
     * Appends the tables that have rows, from the citations kept in {@code memo}; call inside a read transaction on
     * {@code store}.
     */
    static void render(Html h, DatasetGraph store, Node thing, Labels labels, Memo<Citations.Key, Citations> memo) {
        table(h, store, thing, labels, Citations.of(store, CitationList.CITES, thing, memo), TEXT_ORDER, "Cites",
                "cited");
        table(h, store, thing, labels, Citations.of(store, CitationList.CITED_BY, thing, memo), OTHER_ORDER,
                "Cited by", "citing resolution");
        table(h, store, thing, labels, Citations.of(store, CitationList.NAMED_IN, thing, memo), OTHER_ORDER,
                "Named in", "resolution");
    }

    private static void table(Html h, DatasetGraph store, Node thing, Labels labels, Citations citations,
                              String order, String title, String otherHeading) {
        if (citations.isEmpty()) {
            return;
        }
        List<Binding> rows = citations.first(order, LIMIT);
        h.element("h2", title + " (" + rows.size() + (rows.size() == LIMIT ? "+" : "") + ")");
        h.open("table", "citations").raw("<tr><th>" + Html.escape(otherHeading)
                + "</th><th>verb</th><th>where</th><th>passage</th></tr>");
        for (Binding b : rows) {
            Node other = b.get(Var.alloc("other"));
            h.open("tr").open("td");
            if (other != null && other.isURI()) {
                h.link(labels.href(other), labels.label(other));
            }
            h.close("td").open("td").text(lexical(b, "verb")).close("td").open("td").text(where(b)).close("td")
                    .open("td").open("blockquote").text(citations.passage(store, b)).close("blockquote")
                    .close("td").close("tr");
        }
        h.close("table");
        if (rows.size() == LIMIT) {
            h.open("p", "meta").text("The first " + LIMIT + "; ").link(Explorer.href(labels, thing), "the explorer")
                    .text(" lists them all, page by page.").close("p");
        }
    }

    private static String where(Binding b) {
        Node section = b.get(Var.alloc("section"));
        String s = section == null ? "" : section.isURI() ? section.getLocalName() : section.toString();
        String p = lexical(b, "paragraph");
        return p.isEmpty() ? s : s + " " + p;
    }

    private static String lexical(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
