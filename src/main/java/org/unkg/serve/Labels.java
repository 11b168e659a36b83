package org.unkg.serve;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.emit.rdf.Unkg;
import org.unkg.store.Catalog;

/**
 * How pages name things: a thing's label, a predicate's prefixed name, a graph's source file, and the local link
 * for an IRI under the base. Reads the store inside the caller's read transaction.
 */
final class Labels {
    /** Local names of predicates whose literal value names their subject, most telling first. */
    private static final Set<String> LABEL_NAMES = Set.of("label", "prefLabel", "title", "name", "symbol");
    /** The predicates of those names that unkg writes, in the order a label is taken from them. */
    private static final List<Node> NAMING = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode(), FOAF.name.asNode(), Unkg.symbol);
    /** How many of a thing's statements are looked through for a label of another vocabulary. */
    private static final int SCANNED = 200;

    private final DatasetGraph dsg;
    private final IriScheme iris;
    private final Map<String, String> prefixes;
    private final Memo<Node, String> labels;
    private final Memo<Node, Thing> things;
    /** The file of each graph named so far by this page. */
    private final Map<Node, String> graphs = new ConcurrentHashMap<>();

    Labels(DatasetGraph dsg, IriScheme iris, Map<String, String> prefixes) {
        this(dsg, iris, prefixes, new Memo<>(0), new Memo<>(0));
    }

    /**
     * Labels that keep what they read in {@code labels} and {@code things} until the store changes: a server's
     * pages share them.
     */
    Labels(DatasetGraph dsg, IriScheme iris, Map<String, String> prefixes, Memo<Node, String> labels,
           Memo<Node, Thing> things) {
        this.dsg = dsg;
        this.iris = iris;
        this.prefixes = prefixes;
        this.labels = labels;
        this.things = things;
    }

    /** The facts of {@code n} (see {@link Thing#of}), kept with the labels. */
    Thing thing(Node n, Supplier<Thing> read) {
        return things.get(dsg, n, read);
    }

    /** The local path for an IRI under the base, else the IRI itself. */
    String href(Node n) {
        String u = n.getURI();
        return u.startsWith(iris.base()) ? "/" + u.substring(iris.base().length()) : u;
    }

    /** A short name for an IRI: its path under the base, or a prefixed name, or the IRI. */
    String shortName(Node n) {
        if (!n.isURI()) {
            return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
        }
        String u = n.getURI();
        // vocabularies first: the ontology's namespace lies under the base, and unkg:Resolution reads better
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (u.startsWith(e.getValue()) && u.length() > e.getValue().length()) {
                return e.getKey() + ":" + u.substring(e.getValue().length());
            }
        }
        if (u.startsWith(iris.base())) {
            return u.substring(iris.base().length());
        }
        return u;
    }

    /** A literal that names {@code n} (a label, title, name or symbol), or its short name. */
    String label(Node n) {
        return labels.get(dsg, n, () -> read(n));
    }

    private String read(Node n) {
        // the naming predicates unkg writes, each one index seek: a much-cited resolution is the subject of a few
        // statements in every text that cites it, and scanning them for a label read thousands per name
        for (Node p : NAMING) {
            Node o = Thing.first(dsg.find(Node.ANY, n, p, Node.ANY), true);
            if (o != null) {
                return o.getLiteralLexicalForm();
            }
        }
        // another vocabulary's label (data loaded from elsewhere): among the first statements only
        Iterator<Quad> it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY);
        for (int seen = 0; seen < SCANNED && it.hasNext(); seen++) {
            Quad q = it.next();
            if (q.getObject().isLiteral() && LABEL_NAMES.contains(q.getPredicate().getLocalName())) {
                return q.getObject().getLiteralLexicalForm();
            }
        }
        return shortName(n);
    }

    /** The source file a graph was built from, from the catalog, or the graph's short name. */
    String graph(Node g) {
        if (g.equals(Catalog.GRAPH)) {
            return "store catalog";
        }
        // a page names the same few files on most of its rows
        return graphs.computeIfAbsent(g, x -> {
            Iterator<Quad> it = dsg.find(Catalog.GRAPH, x, Catalog.FILE, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : shortName(x);
        });
    }
}
