package org.unkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.unkg.fixtures.Trees;
import org.unkg.store.Ingester;
import org.unkg.store.Store;
import org.xml.sax.InputSource;

/**
 * {@code unkg network} on the whole of {@code data/} (text, PDF and AKN4UN XML; a few minutes on a 2-core machine,
 * run by CI like every other test).
 */
class CorpusNetworkTest {

    @Test
    void onTheWholeCorpusPageRankSumsToOneAndBothExportsValidateAndReadBackWhole() throws Exception {
        Path dir = Files.createTempDirectory("unkg-corpus-network");
        try {
            Ingester.builder().root(Path.of("")).build().ingest(dir.resolve("db"), List.of(Path.of("data")));
            try (Store store = Store.open(dir.resolve("db"))) {
                NetworkGraph.Recomputed r = NetworkGraph.recompute(store.dataset());
                double sum = r.scores().scores().values().stream().mapToDouble(NetworkScores.Score::pageRank).sum();
                assertEquals(1.0, sum, 1e-6);
                int nodes = r.graph().graph().vertexSet().size();
                int edges = r.graph().graph().edgeSet().size();
                check(r, GraphExport.Format.GEXF, "/gexf.xsd", nodes, edges);
                check(r, GraphExport.Format.GRAPHML, "/graphml.xsd", nodes, edges);
            }
        } finally {
            Trees.delete(dir);
        }
    }

    private static void check(NetworkGraph.Recomputed r, GraphExport.Format f, String xsd, int nodes, int edges)
            throws Exception {
        StringWriter w = new StringWriter();
        f.write(r.graph(), r.scores(), w);
        String xml = w.toString();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CorpusNetworkTest.class.getResource(xsd)).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var d = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertEquals(nodes, d.getElementsByTagNameNS("*", "node").getLength(), f.toString());
        assertEquals(edges, d.getElementsByTagNameNS("*", "edge").getLength(), f.toString());
    }
}
