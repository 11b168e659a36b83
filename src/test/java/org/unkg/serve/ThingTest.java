package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;

/**
 * What a page says of a thing at a glance, when many texts speak of it: its own text first, then any text; a label
 * from unkg's naming predicates, else from another vocabulary's.
 */
class ThingTest {
    private static final String UNKG = "https://unkg.org/ontology#";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node R = iri("https://unkg.org/A/RES/35/168");

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Labels labels(DatasetGraph dsg) {
        return new Labels(dsg, new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard());
    }

    /** {@code n} texts cite 35/168 and restate its facts, one with a slip in the date; its own file is the last. */
    private static DatasetGraph citedByMany(int n) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                Node g = iri("https://unkg.org/source/citing-" + i);
                dsg.add(Quad.create(g, R, TYPE, iri(UNKG + "GeneralAssemblyResolution")));
                dsg.add(Quad.create(g, R, iri(UNKG + "symbol"), text("A/RES/35/168")));
                dsg.add(Quad.create(g, R, iri("http://www.w3.org/2000/01/rdf-schema#label"), text("A/RES/35/168")));
                dsg.add(Quad.create(g, R, iri(ELI + "date_document"), text(i == n - 1 ? "1908-12-15" : "1980-12-15")));
            }
            Node own = iri("https://unkg.org/source/own");
            dsg.add(Quad.create(own, iri("https://unkg.org/source/own#file"),
                    iri("http://xmlns.com/foaf/0.1/primaryTopic"), R));
            dsg.add(Quad.create(own, R, TYPE, iri(UNKG + "GeneralAssemblyResolution")));
            dsg.add(Quad.create(own, R, iri(ELI + "date_document"), text("1980-12-15")));
            dsg.add(Quad.create(own, R, iri("http://purl.org/dc/terms/title"), text("Effective measures")));
        });
        return dsg;
    }

    /** As many citing texts as a little-known resolution has, and as a famous one. */
    @ParameterizedTest
    @ValueSource(ints = {20, 200})
    void aResolutionsOwnTextSaysItsDateBeforeTheTextsThatCiteIt(int citing) {
        DatasetGraph dsg = citedByMany(citing);
        Thing t = Txn.calculateRead(dsg, () -> Thing.of(dsg, R, labels(dsg)));
        assertEquals("1980-12-15", t.date());
        assertEquals(1980, t.year());
        assertEquals("resolution", t.kind());
        assertEquals("General Assembly", t.organ());
        assertEquals("A/RES/35/168", t.symbol());
        assertEquals("A/RES/35/168", t.label());
        assertEquals("Effective measures", t.title());
    }

    @Test
    void aResolutionKnownOnlyFromTheTextsThatCiteItTakesTheirFacts() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node g = iri("https://unkg.org/source/citing");
        Txn.executeWrite(dsg, () -> {
            dsg.add(Quad.create(g, R, TYPE, iri(UNKG + "Resolution")));
            dsg.add(Quad.create(g, R, iri(ELI + "passed_by"), iri("https://unkg.org/body/ecosoc")));
            dsg.add(Quad.create(g, iri("https://unkg.org/body/ecosoc"),
                    iri("http://www.w3.org/2004/02/skos/core#prefLabel"), text("Economic and Social Council")));
            dsg.add(Quad.create(g, R, iri(ELI + "date_document"), text("1980-12-15")));
        });
        Thing t = Txn.calculateRead(dsg, () -> Thing.of(dsg, R, labels(dsg)));
        assertEquals("1980-12-15", t.date());
        assertEquals("Economic and Social Council", t.organ());
        assertEquals("resolution", t.kind());
        assertEquals("A/RES/35/168", t.label()); // no label: its path under the base
    }

    @Test
    void aLabelOfAnotherVocabularyNamesAThingLoadedFromElsewhere() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node x = iri("http://example.org/thing/1");
        Txn.executeWrite(dsg, () -> {
            dsg.add(Quad.create(iri("http://example.org/g"), x, iri("http://schema.org/name"), text("A thing")));
        });
        assertEquals("A thing", Txn.calculateRead(dsg, () -> labels(dsg).label(x)));
        assertEquals("http://example.org/thing/2", Txn.calculateRead(dsg,
                () -> labels(dsg).label(iri("http://example.org/thing/2"))));
    }
}
