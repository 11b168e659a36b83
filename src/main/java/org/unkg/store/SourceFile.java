package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.unkg.source.SourceReader;

/**
 * A file to ingest: where it is, and the name it is stored under (its path relative to the ingest root, with
 * {@code /} separators), so that its graph keeps one name however it was reached.
 *
 * <pre>{@code
 * SourceFile f = SourceFile.of(Path.of("."), Path.of("data/seeds/000.txt"));
 * f.name();      // "data/seeds/000.txt"
 * f.sha256();    // hex SHA-256 of its bytes
 * }</pre>
 *
 * @param path the file as the user reached it (printed in error lines)
 * @param name the name relative to the ingest root
 */
public record SourceFile(Path path, String name) {

    /** The file {@code path} named relative to {@code root}. */
    public static SourceFile of(Path root, Path path) {
        return new SourceFile(path, nameOf(root, path));
    }

    /**
     * The name {@code path} is stored under: relative to {@code root} when it lies below it ({@code data/ga/x.txt}),
     * else its absolute path ({@code /home/me/resolutions/x.txt}), {@code /}-separated either way. Both are made
     * absolute first, so {@code ./a} and {@code a} give the same name, and a file keeps its name however it was
     * reached (as a file or in a folder given to {@code ingest}, from any current folder).
     */
    public static String nameOf(Path root, Path path) {
        Path r = root.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (p.startsWith(r) && !p.equals(r)) {
            return r.relativize(p).toString().replace('\\', '/');
        }
        String abs = p.toString().replace('\\', '/');
        return abs.startsWith("/") ? abs : "/" + abs;
    }

    /** Hex SHA-256 of the file's bytes as they are now. */
    public String sha256() throws IOException {
        return SourceReader.sha256(Files.readAllBytes(path));
    }
}
