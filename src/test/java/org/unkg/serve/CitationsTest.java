package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;

/** A thing's citations, kept between pages, are those of the store's present state, in the order of the query. */
class CitationsTest {
    private static final String CITO = "http://purl.org/spar/cito/";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String UNKG = "https://unkg.org/ontology#";
    private static final Node CHARTER = NodeFactory.createURI("https://unkg.org/treaty/charter-of-the-united-nations");

    private static Node iri(String s) {
        return NodeFactory.createURI(s.startsWith("http") ? s : "https://unkg.org/" + s);
    }

    /** Resolution {@code symbol}, dated {@code date}, cites the Charter at {@code start} with {@code verb}. */
    private static void cite(DatasetGraph dsg, String symbol, String date, int n, int start, String verb) {
        Node g = iri("https://unkg.org/source/" + symbol);
        Node r = iri(symbol);
        Node m = iri(symbol + "#c" + n);
        Node t = iri(symbol + "#c" + n + "-target");
        Node p = iri(symbol + "#c" + n + "-position");
        Node q = iri(symbol + "#c" + n + "-quote");
        dsg.add(Quad.create(g, r, iri("http://data.europa.eu/eli/ontology#date_document"),
                NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        dsg.add(Quad.create(g, m, iri(CITO + "hasCitingEntity"), r));
        dsg.add(Quad.create(g, m, iri(CITO + "hasCitedEntity"), CHARTER));
        dsg.add(Quad.create(g, m, iri(UNKG + "verb"), NodeFactory.createLiteralString(verb)));
        dsg.add(Quad.create(g, m, iri(OA + "hasTarget"), t));
        dsg.add(Quad.create(g, t, iri(OA + "hasSelector"), p));
        dsg.add(Quad.create(g, t, iri(OA + "hasSelector"), q));
        dsg.add(Quad.create(g, p, iri(OA + "start"), NodeFactory.createLiteralDT(Integer.toString(start),
                XSDDatatype.XSDinteger)));
        dsg.add(Quad.create(g, p, iri(OA + "end"), NodeFactory.createLiteralDT(Integer.toString(start + 7),
                XSDDatatype.XSDinteger)));
        dsg.add(Quad.create(g, q, iri(OA + "exact"), NodeFactory.createLiteralString("Charter " + symbol + " " + n)));
    }

    private static List<String> passages(Map<String, Object> page) {
        List<String> out = new ArrayList<>();
        for (Object row : (List<?>) page.get("rows")) {
            out.add((String) ((Map<?, ?>) row).get("exact"));
        }
        return out;
    }

    @Test
    void keptCitationsAreReadAgainOnceTheStoreChanges() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph(); // TDB2 in memory: it counts writes
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true); // as the store is opened: dates from any graph
        Txn.executeWrite(dsg, () -> {
            cite(dsg, "A/RES/1/1", "1946-01-01", 1, 100, "Recalling");
            cite(dsg, "A/RES/1/1", "1946-01-01", 2, 10, "Noting");
        });
        Labels labels = new Labels(dsg, new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard());
        Memo<Citations.Key, Citations> memo = new Memo<>(100);
        Map<String, Object> first = Txn.calculateRead(dsg, () -> CitationList.CITED_BY.page(dsg, CHARTER, labels,
                null, null, 0, 50, memo));
        assertEquals(2L, first.get("total"));
        // one citing resolution: by place in its text
        assertEquals(List.of("Charter A/RES/1/1 2", "Charter A/RES/1/1 1"), passages(first));
        Txn.executeWrite(dsg, () -> cite(dsg, "A/RES/70/1", "2015-10-21", 1, 5, "Reaffirming"));
        Map<String, Object> after = Txn.calculateRead(dsg, () -> CitationList.CITED_BY.page(dsg, CHARTER, labels,
                null, null, 0, 50, memo));
        assertEquals(3L, after.get("total"));
        // newest first
        assertEquals("Charter A/RES/70/1 1", passages(after).get(0));
        assertEquals(List.of("Noting", "Reaffirming", "Recalling"), after.get("verbs"));
        Map<String, Object> filtered = Txn.calculateRead(dsg, () -> CitationList.CITED_BY.page(dsg, CHARTER, labels,
                "Recalling", null, 0, 50, memo));
        assertEquals(1L, filtered.get("total"));
        assertEquals(List.of("Charter A/RES/1/1 1"), passages(filtered));
        Map<String, Object> second = Txn.calculateRead(dsg, () -> CitationList.CITED_BY.page(dsg, CHARTER, labels,
                null, null, 2, 2, memo));
        assertEquals(List.of("Charter A/RES/1/1 1"), passages(second), "the second page of two rows");
    }
}
