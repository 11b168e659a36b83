package org.unkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.unkg.emit.rdf.Ontology;
import org.unkg.emit.rdf.Unkg;
import org.unkg.fixtures.SampleCorpus;

/** The network graph in the store: one named graph, replaced whole, typed, ranked by SPARQL. */
class NetworkGraphTest {

    private static Graph networkGraph() {
        var dsg = SampleCorpus.store().dataset();
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NetworkGraph.GRAPH).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void eachRunReplacesTheGraphWholeWithEightTypedMeasuresPerResolution() {
        NetworkGraph.Recomputed first = NetworkGraph.recompute(SampleCorpus.store().dataset());
        NetworkGraph.Recomputed second = NetworkGraph.recompute(SampleCorpus.store().dataset());
        Graph g = networkGraph();
        int resolutions = second.graph().graph().vertexSet().size();
        assertEquals(8L * resolutions, second.triples());
        assertEquals(first.triples(), second.triples());
        assertEquals(8 * resolutions, g.size(), "the second run left nothing of the first");
        Node r713 = NodeFactory.createURI("https://unkg.org/S/RES/713(1991)");
        Node pr = g.find(r713, Unkg.pageRank, Node.ANY).next().getObject();
        assertEquals(XSDDatatype.XSDdouble, pr.getLiteralDatatype());
        Node in = g.find(r713, Unkg.inDegree, Node.ANY).next().getObject();
        assertEquals(XSDDatatype.XSDinteger, in.getLiteralDatatype());
    }

    @Test
    void theNetworkGraphConformsToItsShape() {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), networkGraph());
        assertTrue(report.conforms(), () -> report.getEntries().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void sparqlRanksResolutionsByPageRank() {
        var dsg = SampleCorpus.store().dataset();
        String top = Txn.calculateRead(dsg, () -> {
            try (QueryExec q = QueryExec.dataset(dsg).query("PREFIX unkg: <https://unkg.org/ontology#> "
                    + "SELECT ?r WHERE { GRAPH <https://unkg.org/graph/network> { ?r unkg:pageRank ?p } } "
                    + "ORDER BY DESC(?p) LIMIT 1").build()) {
                return q.select().next().get("r").getURI();
            }
        });
        NetworkScores s = NetworkScores.of(CitationGraph.read(dsg));
        double max = s.scores().values().stream().mapToDouble(NetworkScores.Score::pageRank).max().orElseThrow();
        assertEquals(max, s.score(top).pageRank(), 1e-15);
    }
}
