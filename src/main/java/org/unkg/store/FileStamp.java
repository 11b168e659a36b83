package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the file system says about a file without reading it: its size and when it was last modified. An ingest
 * skips a file whose stamp matches the one the catalog recorded, without reading or hashing it.
 *
 * <pre>{@code
 * FileStamp now = FileStamp.of(path);
 * if (now.equals(record.stamp())) { ... }       // unchanged: skip without reading
 * FileStamp kept = now.trustedAt(Instant.now()); // null when too fresh to vouch for the bytes
 * }</pre>
 *
 * @param size     bytes
 * @param modified last modification, to the millisecond
 */
public record FileStamp(long size, Instant modified) {
    /**
     * How long after its last modification a file's stamp is trusted. A file written again within the same tick of
     * the file system's clock (a second on some file systems) keeps its stamp; one whose stamp is recorded at least
     * this long after that tick cannot be changed without its stamp changing too (git's "racy clean" rule).
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    public FileStamp {
        modified = modified.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The stamp of {@code path} as it is now. */
    public static FileStamp of(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        return new FileStamp(a.size(), a.lastModifiedTime().toInstant());
    }

    /**
     * This stamp if it can vouch for the bytes read at {@code readAt} (the file was last modified at least
     * {@link #SETTLED} before), else null: a stamp too fresh is not recorded, and the next ingest hashes the file.
     */
    FileStamp trustedAt(Instant readAt) {
        return modified.plus(SETTLED).isAfter(readAt) ? null : this;
    }
}
