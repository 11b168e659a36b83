package org.unkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files the benchmark reads: every file in the folders under {@code shared/corpus/} (ga, sc, pdf and the
 * Akoma Ntoso XML of akn/74..78) and every seed, in a fixed order. {@code corpus/SOURCES.md} sits directly in
 * {@code corpus/} and the JSON of {@code corpus/akn/metadata/} describes the XML; neither is a resolution, so both
 * are left out.
 *
 * <pre>{@code
 * Corpus c = Corpus.of(Path.of("../shared"));
 * c.files().size();   // 3201
 * c.bytes();          // total size on disk
 * }</pre>
 */
public record Corpus(List<Path> files, long bytes) {

    public static Corpus of(Path shared) {
        Path top = shared.resolve("corpus");
        Path metadata = top.resolve("akn").resolve("metadata");
        try (Stream<Path> corpus = Files.walk(top);
             Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            List<Path> files = Stream.concat(
                            corpus.filter(p -> Files.isRegularFile(p) && !p.getParent().equals(top)
                                    && !p.startsWith(metadata)),
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

    /** How many files of each part: the folder under {@code corpus/} (akn counts as one), or "seeds". */
    public Map<String, Integer> parts() {
        Map<String, Integer> n = new TreeMap<>();
        for (Path f : files) {
            String part = f.getParent().getFileName().toString();
            for (Path p = f.getParent(); p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("akn")) {
                    part = "akn";
                }
            }
            n.merge(part, 1, Integer::sum);
        }
        return n;
    }
}
