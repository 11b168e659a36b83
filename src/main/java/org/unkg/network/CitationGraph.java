package org.unkg.network;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.unkg.emit.rdf.Unkg;

/**
 * The store's citation graph: one node per resolution the store knows (those it holds and those only cited), one
 * directed edge from a citing to a cited resolution, carrying how many times and with which verbs and in which
 * sections it cites it. Citations of treaties, documents and bodies, and a resolution's citations of itself, are
 * left out.
 *
 * <pre>{@code
 * CitationGraph g = CitationGraph.read(store.dataset());
 * g.graph().vertexSet().size();                                    // resolutions
 * g.shortestPath(iri("A/RES/53/97"), iri("A/RES/35/168"));       // [53/97, 35/168]
 * }</pre>
 */
public final class CitationGraph {
    private static final String CITO = "http://purl.org/spar/cito/";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    static final Node CITING = NodeFactory.createURI(CITO + "hasCitingEntity");
    static final Node CITED = NodeFactory.createURI(CITO + "hasCitedEntity");
    private static final Node DATE = NodeFactory.createURI(ELI + "date_document");
    private static final Node PASSED_BY = NodeFactory.createURI(ELI + "passed_by");

    private final org.jgrapht.Graph<String, Citation> graph;
    private final Map<String, Resolution> resolutions;

    private CitationGraph(org.jgrapht.Graph<String, Citation> graph, Map<String, Resolution> resolutions) {
        this.graph = graph;
        this.resolutions = Collections.unmodifiableMap(resolutions);
    }

    /** Reads the citation graph from the union of the store's graphs, in a read transaction of its own. */
    public static CitationGraph read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> readInTransaction(dsg));
    }

    private static CitationGraph readInTransaction(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        org.jgrapht.Graph<String, Citation> g = new DirectedPseudograph<>(Citation.class);
        Map<String, Resolution> nodes = new LinkedHashMap<>();
        Iterator<Triple> it = union.find(Node.ANY, RDF.type.asNode(), Unkg.Resolution);
        while (it.hasNext()) {
            Node r = it.next().getSubject();
            if (r.isURI() && !nodes.containsKey(r.getURI())) {
                nodes.put(r.getURI(), describe(union, r));
                g.addVertex(r.getURI());
            }
        }
        Map<Long, Citation> edges = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (String v : nodes.keySet()) {
            index.put(v, index.size());
        }
        // A citation node and what is said of it stand in one file's graph: look them up there, not in the union,
        // which would merge every graph's index entries for each look-up.
        Iterator<Quad> cs = dsg.find(Node.ANY, Node.ANY, CITING, Node.ANY);
        while (cs.hasNext()) {
            Quad q = cs.next();
            Node citing = q.getObject();
            Node graph = q.getGraph();
            Optional<Node> cited = first(dsg, graph, q.getSubject(), CITED);
            if (!citing.isURI() || cited.isEmpty() || !cited.get().isURI()) {
                continue;
            }
            Integer a = index.get(citing.getURI());
            Integer b = index.get(cited.get().getURI());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            Citation c = edges.computeIfAbsent((long) a * Integer.MAX_VALUE + b, k -> {
                Citation e = new Citation();
                g.addEdge(citing.getURI(), cited.get().getURI(), e);
                return e;
            });
            c.add(first(dsg, graph, q.getSubject(), Unkg.verb).map(Node::getLiteralLexicalForm).orElse(null),
                    first(dsg, graph, q.getSubject(), Unkg.inSection).map(CitationGraph::local).orElse(null));
        }
        return new CitationGraph(g, nodes);
    }

    private static Resolution describe(Graph union, Node r) {
        String symbol = first(union, r, Unkg.symbol).or(() -> first(union, r, RDFS.label.asNode()))
                .map(Node::getLiteralLexicalForm).orElse(r.getURI());
        String organ;
        if (union.contains(r, RDF.type.asNode(), Unkg.GeneralAssemblyResolution)) {
            organ = "General Assembly";
        } else if (union.contains(r, RDF.type.asNode(), Unkg.SecurityCouncilResolution)) {
            organ = "Security Council";
        } else {
            organ = first(union, r, PASSED_BY).flatMap(b -> first(union, b, SKOS.prefLabel.asNode())
                    .or(() -> first(union, b, RDFS.label.asNode()))).map(Node::getLiteralLexicalForm).orElse("");
        }
        int year = first(union, r, DATE).map(Node::getLiteralLexicalForm).filter(d -> d.matches("\\d{4}.*"))
                .map(d -> Integer.parseInt(d.substring(0, 4))).orElseGet(() -> yearOfSymbol(symbol));
        String title = first(union, r, DCTerms.title.asNode()).map(Node::getLiteralLexicalForm).orElse("");
        return new Resolution(r.getURI(), symbol, organ, year, title);
    }

    /** The year in a Security Council symbol, {@code S/RES/787 (1992)}; 0 for any other. */
    private static int yearOfSymbol(String symbol) {
        var m = java.util.regex.Pattern.compile("\\((\\d{4})\\)$").matcher(symbol);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static Optional<Node> first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static String local(Node n) {
        return n.isURI() ? n.getURI().substring(n.getURI().lastIndexOf('#') + 1) : n.toString();
    }

    /** The graph: vertices are resolution IRIs. */
    public org.jgrapht.Graph<String, Citation> graph() {
        return graph;
    }

    /** Every resolution, by IRI, in the order first read. */
    public Map<String, Resolution> resolutions() {
        return resolutions;
    }

    /** The resolution {@code iri}, if the graph holds it. */
    public Optional<Resolution> resolution(String iri) {
        return Optional.ofNullable(resolutions.get(iri));
    }

    /** The fewest citations that lead from {@code from} to {@code to}, following the direction of citing. */
    public Optional<List<String>> shortestPath(String from, String to) {
        return path(graph, from, to);
    }

    /** The fewest citations that join {@code a} and {@code b}, in either direction. */
    public Optional<List<String>> shortestLink(String a, String b) {
        return path(new AsUndirectedGraph<>(graph), a, b);
    }

    private static Optional<List<String>> path(org.jgrapht.Graph<String, Citation> g, String from, String to) {
        if (!g.containsVertex(from) || !g.containsVertex(to)) {
            return Optional.empty();
        }
        GraphPath<String, Citation> p = BFSShortestPath.findPathBetween(g, from, to);
        return p == null ? Optional.empty() : Optional.of(p.getVertexList());
    }
}
