package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Extractor;
import org.unkg.model.Extraction;

/** A resolution read from its PDF text and from its AKN4UN XML is one resolution in the graph: one IRI, by symbol. */
class OneResolutionFromTextAndXmlTest {

    @Test
    void theTextAndTheXmlOfA_RES_78_100DescribeOneResolution() throws Exception {
        Extractor ex = Extractor.builder().build();
        Extraction text = ex.extract(Path.of("data", "ga", "A_RES_78_100.txt"));
        Extraction xml = ex.extract(Path.of("..", "shared", "corpus", "akn", "78", "A_RES_78_100.xml"));
        assertEquals(Emitted.IRIS.resolutionOf(text), Emitted.IRIS.resolutionOf(xml));
        Emitted both = Emitted.of(text, xml);
        Set<Node> resolutions = new HashSet<>();
        both.dsg.find(Node.ANY, Node.ANY, Unkg.symbol, NodeFactory.createLiteralString("A/RES/78/100"))
                .forEachRemaining(q -> resolutions.add(q.getSubject()));
        assertEquals(1, resolutions.size(), "one resolution node: " + resolutions);
        Set<Node> graphs = new HashSet<>();
        both.dsg.find(Node.ANY, resolutions.iterator().next(), Unkg.symbol, Node.ANY)
                .forEachRemaining(q -> graphs.add(q.getGraph()));
        assertEquals(2, graphs.size(), "described in the graph of each file");
        assertTrue(both.dsg.contains(Node.ANY, resolutions.iterator().next(), Unkg.vote, Node.ANY),
                "with the vote that only the XML records");
    }
}
