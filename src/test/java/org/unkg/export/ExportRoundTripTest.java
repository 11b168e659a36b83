package org.unkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.fixtures.LineEmitter;
import org.unkg.fixtures.SampleStore;
import org.unkg.store.Ingester;
import org.unkg.store.SourceGraph;
import org.unkg.store.Store;

class ExportRoundTripTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    private static final Node SHARED_GRAPH = IRIS.sourceGraph("extra/shared.txt");
    private static Path dir;
    private static Store store;

    @BeforeAll
    static void fill() throws IOException {
        dir = java.nio.file.Files.createTempDirectory("unkg-export");
        Path data = SampleStore.write(dir.resolve("data"));
        Ingester.builder().root(dir).emitter(LineEmitter::new).build().ingest(dir.resolve("db"), List.of(data));
        store = Store.open(dir.resolve("db"));
        // Terms the sample lacks: a language tag, a typed date, and a triple that two graphs share.
        Node res = IRIS.resolution("A/RES/53/97");
        Node title = NodeFactory.createURI(LineEmitter.NS + "title");
        store.write(List.of(new SourceGraph("extra/shared.txt", SHARED_GRAPH, "0".repeat(64), List.of(
                Quad.create(SHARED_GRAPH, res, title, NodeFactory.createLiteralLang("Droits de l'homme", "fr")),
                Quad.create(SHARED_GRAPH, res, NodeFactory.createURI(LineEmitter.NS + "adopted"),
                        NodeFactory.createLiteralDT("1998-12-08", XSDDatatype.XSDdate)),
                Quad.create(SHARED_GRAPH, res, NodeFactory.createURI(LineEmitter.NS + "symbol"),
                        NodeFactory.createLiteralString("A/RES/53/97"))), Map.of())));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        org.unkg.fixtures.Trees.delete(dir);
    }

    /** What a syntax should carry: every quad, or the union of the graphs' triples. */
    private static Model expected(RdfSyntax syntax, Node graph) {
        DatasetGraph dsg = store.dataset();
        Rdf4jValues v = new Rdf4jValues();
        Model m = new LinkedHashModel();
        Txn.executeRead(dsg, () -> {
            if (syntax.keepsGraphs()) {
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> m.add(v.statement(q)));
            } else {
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> m.add(v.statement(q.asTriple())));
            }
        });
        return m;
    }

    private static Model parse(RdfSyntax syntax, byte[] bytes) throws IOException {
        return Rio.parse(new ByteArrayInputStream(bytes), "", syntax.format());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void theWholeStoreRoundTrips(RdfSyntax syntax) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new Exporter(store.dataset(), Prefixes.standard()).writeAll(syntax, out);
        Model back = parse(syntax, out.toByteArray());
        Model expected = expected(syntax, Node.ANY);
        assertEquals(expected.size(), back.size(), "statement count");
        assertEquals(expected.size(), written, "each triple written once");
        assertTrue(Models.isomorphic(expected, back), "isomorphic");
        if (!syntax.keepsGraphs()) {
            assertTrue(back.contexts().stream().allMatch(c -> c == null), "triples only");
        }
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void oneGraphRoundTrips(RdfSyntax syntax) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Node g = IRIS.sourceGraph("data/ga/A_RES_53_97.txt");
        new Exporter(store.dataset(), Prefixes.standard()).writeGraph(g, syntax, out);
        Model back = parse(syntax, out.toByteArray());
        Model expected = expected(syntax, g);
        assertEquals(10, expected.size());
        assertEquals(expected.size(), back.size());
        assertTrue(Models.isomorphic(expected, back));
    }
}
