package org.unkg.network;

import java.util.Map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unkg.emit.rdf.Unkg;
import org.unkg.store.WriteTransaction;

/**
 * The store's named graph of network measures, {@value #IRI}: one statement per measure on each resolution's IRI,
 * replaced wholesale in one write transaction, so a query never sees half of an old run and half of a new one.
 *
 * <pre>{@code
 * NetworkGraph.write(store.dataset(), NetworkScores.of(CitationGraph.read(store.dataset())));
 * // SELECT ?r ?pr { GRAPH <https://unkg.org/graph/network> { ?r unkg:pageRank ?pr } } ORDER BY DESC(?pr)
 * }</pre>
 *
 * Degrees, components and communities are {@code xsd:integer}, PageRank and HITS scores {@code xsd:double}.
 */
public final class NetworkGraph {
    /** The graph's name; fixed, whatever base the data IRIs use, so that readers find it. */
    public static final String IRI = "https://unkg.org/graph/network";
    /** The graph's name as a node. */
    public static final Node GRAPH = NodeFactory.createURI(IRI);

    private NetworkGraph() {
    }

    /** Replaces the network graph by {@code scores}, in one write transaction; returns the triples written. */
    public static long write(DatasetGraph dsg, NetworkScores scores) {
        return WriteTransaction.of(dsg, () -> {
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            long n = 0;
            for (Map.Entry<String, NetworkScores.Score> e : scores.scores().entrySet()) {
                Node r = NodeFactory.createURI(e.getKey());
                NetworkScores.Score s = e.getValue();
                n += add(dsg, r, Unkg.inDegree, s.inDegree());
                n += add(dsg, r, Unkg.outDegree, s.outDegree());
                n += add(dsg, r, Unkg.pageRank, s.pageRank());
                n += add(dsg, r, Unkg.hubScore, s.hub());
                n += add(dsg, r, Unkg.authorityScore, s.authority());
                n += add(dsg, r, Unkg.component, s.component());
                n += add(dsg, r, Unkg.strongComponent, s.strongComponent());
                n += add(dsg, r, Unkg.community, s.community());
            }
            return n;
        });
    }

    /**
     * Reads the citation graph, measures it and replaces the network graph: what {@code unkg network} and
     * {@code unkg ingest} do.
     */
    public static Recomputed recompute(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        CitationGraph cg = CitationGraph.read(dsg);
        long t1 = System.nanoTime();
        NetworkScores scores = NetworkScores.of(cg);
        long t2 = System.nanoTime();
        long triples = write(dsg, scores);
        long t3 = System.nanoTime();
        return new Recomputed(cg, scores, triples, (t3 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /**
     * What {@link #recompute} did.
     *
     * @param graph   the citation graph read
     * @param scores  its measures
     * @param triples the triples written into the network graph
     * @param seconds how long reading, measuring and writing took
     * @param readSeconds    of which reading the citation graph from the store
     * @param measureSeconds of which measuring it
     * @param writeSeconds   of which writing the network graph
     */
    public record Recomputed(CitationGraph graph, NetworkScores scores, long triples, double seconds,
            double readSeconds, double measureSeconds, double writeSeconds) {
        /** One line: {@code network: 5354 resolutions, 11346 citations, …; 8.3 s (read 2.1, measure 3.0, write 3.2)}. */
        public String summary() {
            return String.format(java.util.Locale.ROOT, "network: %d resolutions, %d citations, %d components, "
                    + "%d communities; %d triples in <%s>; %.1f s (read %.1f, measure %.1f, write %.1f)",
                    graph.graph().vertexSet().size(), graph.graph().edgeSet().size(), scores.components(),
                    scores.communities(), triples, IRI, seconds, readSeconds, measureSeconds, writeSeconds);
        }
    }

    /** Drops the network graph, in one write transaction. */
    public static void clear(DatasetGraph dsg) {
        WriteTransaction.run(dsg, () -> dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }

    private static int add(DatasetGraph dsg, Node s, Node p, long v) {
        return add(dsg, s, p, Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static int add(DatasetGraph dsg, Node s, Node p, double v) {
        return add(dsg, s, p, Double.toString(v), XSDDatatype.XSDdouble);
    }

    private static int add(DatasetGraph dsg, Node s, Node p, String lexical, RDFDatatype dt) {
        dsg.add(GRAPH, s, p, NodeFactory.createLiteralDT(lexical, dt));
        return 1;
    }
}
