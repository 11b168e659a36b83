package org.unkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the files to ingest under the paths the user gave, each named relative to the ingest root. */
final class SourceFiles {
    private SourceFiles() {
    }

    /**
     * Every regular, non-hidden file under {@code paths}, sorted by name, each once, named by
     * {@link SourceFile#nameOf}. A path that does not exist becomes one failed result in {@code errors}.
     */
    static List<SourceFile> list(Path root, List<Path> paths, List<FileResult> errors) {
        Map<String, SourceFile> found = new LinkedHashMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                errors.add(FileResult.failed(p.toString(), "no such file or directory"));
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(f -> Files.isRegularFile(f) && !hidden(p, f))
                        .map(f -> SourceFile.of(root, f))
                        .forEach(f -> found.putIfAbsent(f.name(), f));
            } catch (IOException | UncheckedIOException e) {
                errors.add(FileResult.failed(p.toString(), "cannot list the folder (" + e.getMessage() + ")"));
            }
        }
        List<SourceFile> files = new ArrayList<>(found.values());
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return files;
    }

    /** True when a name on the way from {@code top} down to {@code f} starts with a dot. */
    private static boolean hidden(Path top, Path f) {
        Path rel = top.relativize(f);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return rel.toString().isEmpty() && f.getFileName().toString().startsWith(".");
    }
}
