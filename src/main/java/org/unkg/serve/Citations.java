package org.unkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * Every citation of one thing in one direction, as the short values a page sorts, filters and counts them by: the
 * mention {@code ?m}, its graph {@code ?g}, the other end {@code ?other}, {@code ?verb}, {@code ?section},
 * {@code ?paragraph}, {@code ?start} and the other end's {@code ?date}. Read once per state of the store and kept in
 * a {@link Memo}; a page sorts them in memory and reads the quoted passages of the rows it shows only.
 *
 * <pre>{@code
 * Citations c = Citations.of(dsg, CitationList.CITED_BY, iri, memo);   // inside a read transaction
 * List<Binding> rows = c.sorted("DESC(?date) ?other ?start");          // the order of ORDER BY, all rows
 * String quoted = c.passage(dsg, rows.get(0));                        // its oa:exact
 * }</pre>
 *
 * Why: the quoted passages are long literals, and sorting every citation of the Charter (3,000) with them to keep
 * 50 took most of a page's time; the short values of the same rows are read in one query, once.
 */
final class Citations {
    private static final Node HAS_TARGET = NodeFactory.createURI("http://www.w3.org/ns/oa#hasTarget");
    private static final Node HAS_SELECTOR = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    private static final Node EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

    /** The sort conditions of each ORDER BY clause used, parsed once: the pages use three. */
    private static final Map<String, List<SortCondition>> ORDERS = new ConcurrentHashMap<>();

    /** A thing and the direction of its citations: the key of the memo. */
    record Key(CitationList direction, Node thing) {
    }

    /** The rows as read, each a materialized binding (usable after the transaction). */
    private final List<Binding> rows;
    /** The passages of the rows shown so far: the rows of the first pages are shown again and again. */
    private final Map<Binding, String> passages = new ConcurrentHashMap<>();
    /** The rows in each order asked for, sorted once. */
    private final Map<String, List<Binding>> sorted = new ConcurrentHashMap<>();

    private Citations(List<Binding> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The citations of {@code thing} in {@code direction}, kept in {@code memo}; call inside a read transaction. */
    static Citations of(DatasetGraph dsg, CitationList direction, Node thing, Memo<Key, Citations> memo) {
        return memo.get(dsg, new Key(direction, thing), () -> read(dsg, direction, thing));
    }

    private static Citations read(DatasetGraph dsg, CitationList direction, Node thing) {
        String query = """
                SELECT ?m ?other ?verb ?section ?paragraph ?start ?g WHERE {
                  GRAPH ?g { ?m %s ?this ; %s ?other .
                    OPTIONAL { ?m unkg:verb ?verb } OPTIONAL { ?m unkg:inSection ?section }
                    OPTIONAL { ?m unkg:citingParagraph ?paragraph }
                    OPTIONAL { ?m oa:hasTarget ?t2 . ?t2 oa:hasSelector ?p . ?p oa:start ?start } }
                }""".formatted(direction.thisLink(), direction.otherLink());
        // the other end's date by a few index seeks, its own text first (Thing.dateOf), once per other end: asked
        // of the union of the graphs, the date of a much-cited resolution was read from every text citing it, for
        // every row that names it
        Map<Node, Optional<Node>> dates = new HashMap<>();
        Var date = Var.alloc("date");
        List<Binding> out = new ArrayList<>();
        for (Binding b : Sparql.select(dsg, query, Map.of("this", thing))) {
            Node other = b.get(Var.alloc("other"));
            Optional<Node> d = dates.computeIfAbsent(other, o -> Optional.ofNullable(Thing.dateOf(dsg, o)));
            out.add(d.isPresent() ? BindingFactory.binding(BindingFactory.copy(b), date, d.get())
                    : BindingFactory.copy(b));
        }
        return new Citations(out);
    }

    /** Every row, in the order of a SPARQL {@code ORDER BY} clause over the row's variables. */
    List<Binding> sorted(String orderBy) {
        return sorted.computeIfAbsent(orderBy, o -> {
            List<Binding> s = new ArrayList<>(rows);
            s.sort(new BindingComparator(ORDERS.computeIfAbsent(o, k -> QueryFactory.create(
                    Sparql.PREFIXES + "SELECT * {} ORDER BY " + k).getOrderBy())));
            return List.copyOf(s);
        });
    }

    /** The first {@code n} rows in the order of {@code orderBy}. */
    List<Binding> first(String orderBy, int n) {
        List<Binding> all = sorted(orderBy);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The rows that pass {@code keep}, in the order of {@code orderBy}. */
    List<Binding> sorted(String orderBy, Predicate<Binding> keep) {
        return sorted(orderBy).stream().filter(keep).toList();
    }

    /**
     * How many distinct citations pass {@code keep}: mention, graph, other end, verb, section and paragraph, as a
     * {@code COUNT(*)} of the pattern without the passage, place and date counts them.
     */
    long count(Predicate<Binding> keep) {
        return rows.stream().filter(keep).map(b -> List.of(key(b, "g"), key(b, "m"), key(b, "other"), key(b, "verb"),
                key(b, "section"), key(b, "paragraph"))).distinct().count();
    }

    private static Object key(Binding b, String var) {
        return Objects.requireNonNullElse(b.get(Var.alloc(var)), "");
    }

    /** True when there is no citation. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Every row, as read. */
    List<Binding> rows() {
        return rows;
    }

    /** The quoted passage of one of these rows, read once by a few index lookups in its graph; "" when none. */
    String passage(DatasetGraph dsg, Binding row) {
        return passages.computeIfAbsent(row, r -> readPassage(dsg, r));
    }

    private static String readPassage(DatasetGraph dsg, Binding row) {
        Node g = row.get(Var.alloc("g"));
        for (Node target : objects(dsg, g, row.get(Var.alloc("m")), HAS_TARGET)) {
            for (Node selector : objects(dsg, g, target, HAS_SELECTOR)) {
                for (Node exact : objects(dsg, g, selector, EXACT)) {
                    if (exact.isLiteral()) {
                        return exact.getLiteralLexicalForm();
                    }
                }
            }
        }
        return "";
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        it.forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }
}
