package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Extraction;

class ShapesTest {
    private static final Emitted SEEDS = Emitted.of(Seeds.all());

    @TestFactory
    Stream<DynamicTest> everySeedGraphConforms() {
        return Seeds.all().stream().map(x -> DynamicTest.dynamicTest(x.file() + " conforms", () -> {
            ValidationReport r = Validation.validate(SEEDS.graph(x.file()));
            assertTrue(r.conforms(), () -> Validation.describe(r));
        }));
    }

    /** Each row breaks a valid seed graph in one way; the shapes must say so, about the right property. */
    static Stream<Arguments> brokenGraphs() {
        Node res5397 = Emitted.iri("A/RES/53/97");
        Node res35168 = Emitted.iri("A/RES/35/168");
        Node date = Vocab.Eli.date_document;
        return Stream.of(
                row("a citation without offsets", "oa#start", g -> removeAll(g, null, Vocab.Oa.start, null)),
                row("a citation without its end offset", "oa#end", g -> removeAll(g, null, Vocab.Oa.end, null)),
                row("a citation whose start is after its end", "oa#start", g -> {
                    Triple t = g.find(null, Vocab.Oa.start, null).next();
                    g.delete(t);
                    g.add(Triple.create(t.getSubject(), t.getPredicate(), count(1_000_000)));
                }),
                row("a citation without quoted text", "oa#exact", g -> removeAll(g, null, Vocab.Oa.exact, null)),
                row("a citation without a cited entity", "cito/hasCitedEntity",
                        g -> removeAll(g, null, Vocab.Cito.hasCitedEntity, null)),
                row("a citation without a source file", "prov#wasDerivedFrom",
                        g -> removeAll(g, null, Vocab.Prov.wasDerivedFrom, null)),
                row("a resolution without a type", "A/RES/53/97", g -> removeAll(g, res5397, RDF.type.asNode(), null)),
                row("a cited resolution without a type", "A/RES/35/168",
                        g -> removeAll(g, res35168, RDF.type.asNode(), null)),
                row("a bad date", "date_document", g -> {
                    removeAll(g, res35168, date, null);
                    g.add(Triple.create(res35168, date, NodeFactory.createLiteralDT("1980-12-45", XSDDatatype.XSDdate)));
                }),
                row("a date as words", "date_document", g -> {
                    removeAll(g, res35168, date, null);
                    g.add(Triple.create(res35168, date, NodeFactory.createLiteralString("15 December 1980")));
                }),
                row("two adoption dates", "date_document", g -> g.add(Triple.create(res35168, date,
                        NodeFactory.createLiteralDT("1980-12-16", XSDDatatype.XSDdate)))),
                row("a section outside the scheme", "inSection", g -> {
                    Triple t = g.find(null, Unkg.inSection, null).next();
                    g.add(Triple.create(t.getSubject(), t.getPredicate(), Emitted.iri("ontology#epilogue")));
                }),
                row("a body without a name", "prefLabel", g -> removeAll(g, null, SKOS.prefLabel.asNode(), null)),
                row("a source file without its digest", "sha256", g -> removeAll(g, null, Unkg.sha256, null)));
    }

    @ParameterizedTest(name = "{0} is caught")
    @MethodSource("brokenGraphs")
    void shapesCatch(String what, String expectedInReport, Consumer<Graph> breakIt) {
        Extraction x = Seeds.seed000();
        Graph g = copy(SEEDS.graph(x.file()));
        assertTrue(Validation.validate(g).conforms(), "the unbroken graph conforms");
        breakIt.accept(g);
        ValidationReport r = Validation.validate(g);
        assertFalse(r.conforms(), what + " passed validation");
        String report = Validation.describe(r);
        assertTrue(report.contains(expectedInReport), () -> "report does not name " + expectedInReport + ":\n" + report);
    }

    private static Arguments row(String what, String expectedInReport, Consumer<Graph> breakIt) {
        return Arguments.of(what, expectedInReport, breakIt);
    }

    private static void removeAll(Graph g, Node s, Node p, Node o) {
        List<Triple> ts = g.find(s, p, o).toList();
        if (ts.isEmpty()) {
            throw new IllegalStateException("nothing to remove: " + s + " " + p + " " + o);
        }
        ts.forEach(g::delete);
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }
}
