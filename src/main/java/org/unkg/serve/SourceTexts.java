package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * SourceTexts texts = new SourceTexts(Path.of("."));
 * Optional<String> text = texts.read("data/ga/A_RES_79_138.txt", sha256);
 * String state = texts.fingerprint("data/ga/A_RES_79_138.txt", sha256);   // "there": the hash decides the text
 * }</pre>
 */
final class SourceTexts {
    private final Path root;
    private final SourceReader reader = new SourceReader();

    SourceTexts(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * What decides, short of reading it, whether and which text {@link #read} gives for {@code file}: "absent" when
     * it is not there (or lies outside the root); "there" when it is and a hash was stored, since only the bytes of
     * that hash give a text; else its size and modification time, since then any bytes do. A stat, no read.
     */
    String fingerprint(String file, String sha256) {
        Path p = root.resolve(file).normalize();
        if (!p.startsWith(root)) {
            return "absent";
        }
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return "absent";
            }
            return sha256 == null || sha256.isEmpty() ? a.size() + " " + a.lastModifiedTime().toMillis() : "there";
        } catch (IOException | RuntimeException e) {
            return "absent";
        }
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
