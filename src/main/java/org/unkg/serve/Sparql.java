package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The explorer's SPARQL: the prefixes its queries share and a select that returns its rows as a list, with
 * values substituted as nodes (never spliced into the query text).
 *
 * <pre>{@code
 * List<Binding> rows = Sparql.select(dsg, "SELECT ?o WHERE { ?this ?p ?o }", Map.of("this", iri));
 * }</pre>
 */
final class Sparql {
    static final String PREFIXES = """
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX unkg: <https://unkg.org/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    /**
     * The explorer's queries parsed once: their text is the code's, the values come in as nodes, and parsing one took
     * longer than a first visit's index reads (0.4 ms for a query of a dozen lines). Each execution gets its own
     * copy, since a query is not promised to be safe to share between threads.
     */
    private static final Cache<String, Query> PARSED = Caffeine.newBuilder().maximumSize(256).build();

    private Sparql() {
    }

    /** The rows of a SELECT; call inside a read transaction. */
    static List<Binding> select(DatasetGraph dsg, String query, Map<String, Node> values) {
        Query parsed = PARSED.get(query, q -> QueryFactory.create(PREFIXES + q));
        QueryExecBuilder b = QueryExec.newBuilder().dataset(dsg).query(parsed.cloneQuery());
        values.forEach((k, v) -> b.substitution(Var.alloc(k), v));
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The lexical form of a bound literal, the IRI of a bound IRI, or "". */
    static String lexical(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static Node node(Binding b, String var) {
        return b.get(Var.alloc(var));
    }
}
