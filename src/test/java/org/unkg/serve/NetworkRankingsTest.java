package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;

/** Rankings read the scores {@code unkg network} stores, when it has stored them. */
class NetworkRankingsTest {
    private static final String UNKG = "https://unkg.org/ontology#";
    private static final Node NETWORK = NodeFactory.createURI(Rankings.NETWORK);

    private static Node res(String symbol) {
        return NodeFactory.createURI("https://unkg.org/" + symbol);
    }

    /** A resolution of the organ its symbol names, with its symbol, in graph {@code g}. */
    private static void resolution(DatasetGraph dsg, Node g, String symbol) {
        dsg.add(Quad.create(g, res(symbol), RDF.type.asNode(), NodeFactory.createURI(UNKG + (symbol.startsWith("S")
                ? "SecurityCouncilResolution" : "GeneralAssemblyResolution"))));
        dsg.add(Quad.create(g, res(symbol), RDF.type.asNode(), NodeFactory.createURI(UNKG + "Resolution")));
        dsg.add(Quad.create(g, res(symbol), NodeFactory.createURI(UNKG + "symbol"),
                NodeFactory.createLiteralString(symbol)));
    }

    @Test
    void storedPageRankOrdersTheRankingAndEveryStoredMeasureIsOffered() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("https://unkg.org/source/x");
        Txn.executeWrite(dsg, () -> {
            for (String s : List.of("S/RES/1373(2001)", "S/RES/1267(1999)", "A/RES/35/168")) {
                resolution(dsg, g, s);
            }
            score(dsg, "S/RES/1267(1999)", "pageRank", "0.5");
            score(dsg, "S/RES/1373(2001)", "pageRank", "0.3");
            score(dsg, "A/RES/35/168", "pageRank", "0.2");
            score(dsg, "S/RES/1373(2001)", "hubScore", "0.9");
        });
        Labels labels = new Labels(dsg, new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard());
        Map<String, Object> page = Txn.calculateRead(dsg, () -> new Rankings().page(dsg, labels, null, "sc", null, 0,
                50));
        assertEquals("pageRank", page.get("measure"));
        assertEquals(List.of("pageRank", "hubScore", "cited"), page.get("measures"));
        List<?> rows = (List<?>) page.get("rows");
        assertEquals(2, rows.size(), "the GA resolution is filtered out");
        assertTrue(rows.get(0).toString().contains("S/RES/1267(1999)"), rows.toString());
        Map<String, Object> decade = Txn.calculateRead(dsg, () -> new Rankings().page(dsg, labels, "hubScore", null, 2000,
                0, 50));
        assertEquals(1, ((List<?>) decade.get("rows")).size(), "by decade, from the symbol's year");
    }

    @Test
    void aPageOfAFilteredRankingKeepsItsRanksTotalAndDecades() {
        DatasetGraph dsg = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph(); // kept: TDB2 counts its writes
        Node g = NodeFactory.createURI("https://unkg.org/source/x");
        Txn.executeWrite(dsg, () -> {
            for (String s : List.of("S/RES/1373(2001)", "S/RES/1267(1999)", "S/RES/1540(2004)", "A/RES/35/168")) {
                resolution(dsg, g, s);
            }
            score(dsg, "S/RES/1267(1999)", "pageRank", "0.4");
            score(dsg, "S/RES/1373(2001)", "pageRank", "0.3");
            score(dsg, "A/RES/35/168", "pageRank", "0.2");
            score(dsg, "S/RES/1540(2004)", "pageRank", "0.1");
        });
        Labels labels = new Labels(dsg, new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard());
        Rankings rankings = new Rankings();
        for (int asked = 0; asked < 2; asked++) { // the second time from what was kept
            Map<String, Object> second = Txn.calculateRead(dsg, () -> rankings.page(dsg, labels, "pageRank", "sc",
                    null, 1, 1));
            assertEquals(3, second.get("total"), "three Council resolutions in all");
            List<?> rows = (List<?>) second.get("rows");
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).toString().contains("rank=2") && rows.get(0).toString().contains("S/RES/1373(2001)"),
                    rows.toString());
            assertEquals(List.of(1980, 1990, 2000), second.get("decades"), "the decades of the whole ranking");
            Map<String, Object> past = Txn.calculateRead(dsg, () -> rankings.page(dsg, labels, "pageRank", "sc",
                    null, 5, 10));
            assertEquals(List.of(), past.get("rows"), "a page past the end is empty");
        }
    }

    @Test
    void aKeptRankingIsComputedAgainOnceTheStoreChanges() {
        DatasetGraph dsg = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph(); // TDB2 in memory: it counts writes
        Node g = NodeFactory.createURI("https://unkg.org/source/x");
        Txn.executeWrite(dsg, () -> {
            for (String s : List.of("S/RES/1373(2001)", "S/RES/1267(1999)")) {
                dsg.add(Quad.create(g, res(s), RDF.type.asNode(), NodeFactory.createURI(UNKG + "Resolution")));
            }
            score(dsg, "S/RES/1267(1999)", "pageRank", "0.5");
            score(dsg, "S/RES/1373(2001)", "pageRank", "0.3");
        });
        Rankings rankings = new Rankings();
        Labels labels = new Labels(dsg, new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard(),
                new Memo<>(100), new Memo<>(100));
        String first = Txn.calculateRead(dsg, () -> rankings.page(dsg, labels, "pageRank", null, null, 0, 1))
                .get("rows").toString();
        assertTrue(first.contains("S/RES/1267(1999)"), first);
        Txn.executeWrite(dsg, () -> {
            dsg.delete(Quad.create(NETWORK, res("S/RES/1373(2001)"), NodeFactory.createURI(UNKG + "pageRank"),
                    NodeFactory.createLiteralDT("0.3", XSDDatatype.XSDdouble)));
            score(dsg, "S/RES/1373(2001)", "pageRank", "0.9");
            dsg.add(Quad.create(g, res("S/RES/1373(2001)"), NodeFactory.createURI(UNKG + "symbol"),
                    NodeFactory.createLiteralString("S/RES/1373 (2001)")));
        });
        Map<String, Object> after = Txn.calculateRead(dsg, () -> rankings.page(dsg, labels, "pageRank", null, null,
                0, 1));
        assertTrue(after.get("rows").toString().contains("label=S/RES/1373 (2001)"), after.toString());
    }

    private static void score(DatasetGraph dsg, String symbol, String measure, String value) {
        dsg.add(Quad.create(NETWORK, res(symbol), NodeFactory.createURI(UNKG + measure),
                NodeFactory.createLiteralDT(value, XSDDatatype.XSDdouble)));
    }
}
