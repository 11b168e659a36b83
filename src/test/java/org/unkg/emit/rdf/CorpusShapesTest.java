package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unkg.extract.Extractor;
import org.unkg.source.SourceException;

/**
 * Every seed and every shared corpus file, through the real extractor and the emitter, validates against the
 * shapes. One file at a time: its graph is collected from the stream, validated, and dropped, so the corpus is
 * never in memory. While the extractor is a stub the graphs hold little more than provenance; they must validate
 * all the same, and this test gains its teeth when the extractor lands.
 */
class CorpusShapesTest {
    private static final Path SHARED = Path.of("../shared");

    @TestFactory
    Stream<DynamicTest> everyFileValidates() {
        return Stream.of("seeds", "corpus/ga", "corpus/sc", "corpus/akn/74", "corpus/akn/75", "corpus/akn/76",
                        "corpus/akn/77", "corpus/akn/78")
                .map(dir -> DynamicTest.dynamicTest(dir + ": every file's graph conforms", () -> validateAll(dir)));
    }

    private static void validateAll(String dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SHARED.resolve(dir))) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")
                    || p.toString().endsWith(".xml")).sorted().toList();
        }
        Extractor extractor = Extractor.builder().build();
        Graph graph = GraphFactory.createDefaultGraph();
        RdfEmitter emitter = new RdfEmitter(Emitted.IRIS, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graph.add(q.asTriple());
            }

            @Override
            public void triple(Triple t) {
                throw new AssertionError("the emitter writes quads only, never to the default graph: " + t);
            }
        }, Emitted.CLOCK, "test");

        List<String> failures = new ArrayList<>();
        int validated = 0;
        emitter.start();
        for (Path f : files) {
            try {
                emitter.extraction(extractor.extract(f));
            } catch (SourceException e) {
                continue;   // an unreadable file gives no graph; the extractor's own tests judge that
            }
            ValidationReport r = Validation.validate(graph);
            if (!r.conforms()) {
                failures.add(f + ":\n  " + Validation.describe(r).replace("\n", "\n  "));
            }
            validated++;
            graph.clear();
        }
        emitter.finish();
        assertTrue(validated > 0, dir + ": no file read");
        assertTrue(failures.isEmpty(), failures.size() + " of " + validated + " files in " + dir
                + " do not conform:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
