package org.unkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files the benchmark reads: every file in the folders under {@code shared/corpus/} (ga, sc, pdf) and every
 * seed, in a fixed order. {@code corpus/SOURCES.md} sits directly in {@code corpus/} and is not a resolution, so
 * it is left out.
 *
 * <pre>{@code
 * Corpus c = Corpus.of(Path.of("../shared"));
 * c.files().size();   // 1565
 * c.bytes();          // total size on disk
 * }</pre>
 */
public record Corpus(List<Path> files, long bytes) {

    public static Corpus of(Path shared) {
        try (Stream<Path> corpus = Files.walk(shared.resolve("corpus"));
             Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            Path top = shared.resolve("corpus");
            List<Path> files = Stream.concat(
                            corpus.filter(p -> Files.isRegularFile(p) && !p.getParent().equals(top)),
                            seeds.filter(Files::isRegularFile))
                    .sorted()
                    .collect(Collectors.toUnmodifiableList());
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no corpus files under " + shared.toAbsolutePath());
            }
            return new Corpus(files, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus under " + shared.toAbsolutePath(), e);
        }
    }
}
