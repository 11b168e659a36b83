package org.unkg.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/**
 * The part of a page people read first: what a resolution cites and what cites it, each with the verb, where it
 * stands and the quoted passage; for a body, where it is named. Read from the model's citation nodes
 * ({@code cito:Citation} with its {@code oa:exact} quote), so it follows the vocabulary, not the raw statements.
 *
 * <pre>{@code
 * CitationTables.render(html, store, iri, labels);   // inside a read transaction
 * }</pre>
 */
final class CitationTables {
    /** The rows a table shows; the explorer pages through all of them. */
    private static final int LIMIT = 50;
    private static final String PREFIXES = """
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX unkg: <https://unkg.org/ontology#>
            """;
    /**
     * The one shape of the three tables: mentions {@code ?m} that tie {@code ?this} to {@code ?other} by two
     * properties, with the verb, place and quoted passage of each.
     */
    private static String query(String thisLink, String otherLink, String order) {
        return PREFIXES + """
                SELECT ?other ?verb ?section ?paragraph ?exact ?start ?g WHERE {
                  GRAPH ?g { ?m %s ?this ; %s ?other .
                    OPTIONAL { ?m unkg:verb ?verb } OPTIONAL { ?m unkg:inSection ?section }
                    OPTIONAL { ?m unkg:citingParagraph ?paragraph }
                    OPTIONAL { ?m oa:hasTarget ?t . ?t oa:hasSelector ?q . ?q oa:exact ?exact }
                    OPTIONAL { ?m oa:hasTarget ?t2 . ?t2 oa:hasSelector ?p . ?p oa:start ?start } }
                } ORDER BY %s ?start LIMIT %d""".formatted(thisLink, otherLink, order, LIMIT);
    }

    /** What {@code ?this} cites, in text order. */
    private static final String CITES = query("cito:hasCitingEntity", "cito:hasCitedEntity", "?g");
    /** What cites {@code ?this}. */
    private static final String CITED_BY = query("cito:hasCitedEntity", "cito:hasCitingEntity", "?other");
    /** Where a body is named. */
    private static final String NAMED_IN = query("unkg:mentionedBody", "unkg:mentionedIn", "?other");

    private CitationTables() {
    }

    /** Appends the tables that have rows; call inside a read transaction on {@code store}. */
    static void render(Html h, DatasetGraph store, Node thing, Labels labels) {
        table(h, store, thing, labels, CITES, "Cites", "cited");
        table(h, store, thing, labels, CITED_BY, "Cited by", "citing resolution");
        table(h, store, thing, labels, NAMED_IN, "Named in", "resolution");
    }

    private static void table(Html h, DatasetGraph store, Node thing, Labels labels, String query, String title,
                              String otherHeading) {
        List<Binding> rows;
        try (QueryExec qe = QueryExec.newBuilder().dataset(store).query(query)
                .substitution(Var.alloc("this"), thing).build()) {
            rows = new java.util.ArrayList<>();
            qe.select().forEachRemaining(rows::add);
        }
        if (rows.isEmpty()) {
            return;
        }
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
                    .open("td").open("blockquote").text(lexical(b, "exact")).close("blockquote").close("td")
                    .close("tr");
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
