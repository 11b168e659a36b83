package org.unkg.serve;

import java.nio.file.Path;
import java.util.Optional;

import org.unkg.source.SourceException;
import org.unkg.source.SourceReader;
import org.unkg.source.SourceText;

/**
 * The text of a stored file, read again from the file the catalog names, relative to the ingest root, by the
 * same reader that ingest used, so that the stored offsets fall where they did. A file that is gone, lies outside
 * the root or has changed since it was stored (its SHA-256 differs) gives no text: offsets into other bytes would
 * highlight the wrong words.
 *
 * <pre>{@code
 * Optional<String> text = new SourceTexts(Path.of(".")).read("data/ga/A_RES_79_138.txt", sha256);
 * }</pre>
 */
final class SourceTexts {
    private final Path root;
    private final SourceReader reader = new SourceReader();

    SourceTexts(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The text of {@code file} (a name relative to the root), if the file is there with the hash stored. */
    Optional<String> read(String file, String sha256) {
        Path p = root.resolve(file).normalize();
        if (!p.startsWith(root)) {
            return Optional.empty();
        }
        try {
            SourceText t = reader.read(p);
            return sha256 == null || sha256.isEmpty() || t.sha256().equalsIgnoreCase(sha256) ? Optional.of(t.text())
                    : Optional.empty();
        } catch (SourceException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
