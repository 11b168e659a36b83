package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.emit.ExtractionSink;
import org.unkg.model.Extraction;
import org.unkg.model.Problem;

/** {@link Extractor#run}: many threads, one order, failures in their place. */
class ExtractorRunTest {

    @Test
    void filesReachTheSinkInTheOrderGivenWhateverTheThreads(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "shared", "corpus", "sc"))) {
            s.sorted().limit(60).forEach(files::add);
        }
        Collections.shuffle(files, new java.util.Random(3));
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        files.add(17, empty);
        List<String> seen = new ArrayList<>();
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void extraction(Extraction x) {
                seen.add(x.file());
            }

            @Override
            public void failed(Problem p) {
                seen.add("failed " + p.file());
            }
        };
        Extractor.builder().threads(4).build().run(files, sink);
        List<String> expected = new ArrayList<>(files.stream().map(Path::toString).toList());
        expected.set(17, "failed " + empty);
        assertEquals(expected, seen);
    }

    @Test
    void threadsMustBeAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().threads(0));
    }
}
