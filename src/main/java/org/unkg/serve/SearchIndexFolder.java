package org.unkg.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.unkg.store.SiblingBuild;

/**
 * Where the search index is kept between starts: {@code search-index/} in the store's folder, memory-mapped, with
 * the stamp of what it was built from. A start whose store gives the same stamp opens it in milliseconds; any other
 * builds a new index beside it and moves that into place whole.
 *
 * <pre>{@code
 * SearchIndexFolder folder = new SearchIndexFolder(Path.of("unkg-db"));   // unkg-db/search-index/
 * SearchIndexFolder.Opened o = folder.open(hash, System.nanoTime(), dir -> writeTheDocuments(dir));
 * o.reused();   // true: kept from an earlier start whose store gave the same hash
 * }</pre>
 *
 * <p>Why in the store's folder: the index describes that store and goes where it goes (copied, moved, deleted).
 * TDB2 touches only its {@code Data-NNNN/} folders (and their {@code -tmp} while compacting), {@code Backups/} and
 * {@code tdb.lock}; a compaction keeps the content, so the stamp, a hash of the content, still matches, and a store
 * re-ingested with other content gives another. Why moved into place whole: a process killed while building leaves
 * the old index or none, never a half one taken for whole; the stamp is the last file written into a new index and
 * the first deleted from an old one. A store whose folder cannot be written in (read-only) gets an index in a
 * temporary folder, deleted on close: searching works, only the next start builds again.
 */
final class SearchIndexFolder {
    /** The index's folder, inside the store's. */
    static final String NAME = "search-index";
    /** The stamp, inside the index's folder; Lucene's own files are named otherwise. */
    static final String STAMP = "unkg-stamp.properties";

    private final Path dir;

    /** The search index kept in {@code storeDir}. */
    SearchIndexFolder(Path storeDir) {
        this.dir = storeDir.resolve(NAME);
    }

    /** Writes the documents of an index into {@code dir}; returns how many have their text. */
    interface Documents {
        int write(Directory dir) throws IOException;
    }

    /**
     * What an index was built from and when.
     *
     * @param hash        SHA-256 of the indexed facts of every resolution and of the index's format
     * @param documents   how many resolutions it holds
     * @param withText    how many of them with their text
     * @param built       when it was finished
     * @param buildMillis how long reading the store and the files and writing it took
     */
    record Stamp(String hash, int documents, int withText, Instant built, long buildMillis) {
        /** The stamp in {@code file}, if there is one that reads whole. */
        static Optional<Stamp> read(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                return Optional.of(new Stamp(p.getProperty("hash"), Integer.parseInt(p.getProperty("documents")),
                        Integer.parseInt(p.getProperty("withText")), Instant.parse(p.getProperty("built")),
                        Long.parseLong(p.getProperty("buildMillis"))))
                        .filter(s -> s.hash() != null);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** Writes the stamp to {@code file} and to the disk (not only the page cache). */
        void write(Path file) throws IOException {
            String text = "# unkg's search index: the SHA-256 of what it holds, read from the store, and when it was"
                    + " built\nhash=" + hash + "\ndocuments=" + documents + "\nwithText=" + withText + "\nbuilt="
                    + built + "\nbuildMillis=" + buildMillis + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }

    /**
     * An open index.
     *
     * @param reader    its reader, over a memory-mapped folder
     * @param stamp     what it was built from
     * @param reused    whether it was kept from an earlier start
     * @param temporary why it is in a temporary folder (the store's cannot be written in), or null
     * @param cleanup   what to do once the reader and its folder are closed
     */
    record Opened(DirectoryReader reader, Stamp stamp, boolean reused, String temporary, Runnable cleanup) {
    }

    /**
     * The index kept here when its stamp has {@code hash}; else one built by {@code documents}, kept here for the
     * next start, or in a temporary folder when this one cannot be written in. {@code start} is when reading the
     * store began ({@link System#nanoTime}), for the stamp's build time.
     */
    Opened open(String hash, long start, Documents documents) throws IOException {
        Optional<Opened> kept = reuse(hash);
        if (kept.isPresent()) {
            return kept.get();
        }
        Path building;
        Stamp stamp;
        try {
            building = SiblingBuild.beside(dir, "building"); // search-index/../.search-index.building-PID
        } catch (IOException | SecurityException e) {
            return temporary(Files.createTempDirectory("unkg-search-index-"), hash, start, documents,
                    "cannot write in " + dir.getParent() + ": " + e);
        }
        try {
            stamp = build(building, hash, start, documents);
        } catch (IOException e) { // a full disk: the temporary folder may be on another
            deleteQuietly(building, e);
            return temporary(Files.createTempDirectory("unkg-search-index-"), hash, start, documents,
                    "cannot build in " + dir.getParent() + ": " + e);
        }
        try {
            discard();
            SiblingBuild.moveIntoPlace(building, dir);
        } catch (IOException e) { // the old index cannot be deleted: the new one serves from where it was built
            return temporary(building, stamp, "cannot replace " + dir + ": " + e);
        }
        return new Opened(open(dir), stamp, false, null, () -> { });
    }

    /** The index kept here, opened, if its stamp has {@code hash} and it opens whole; else empty. */
    private Optional<Opened> reuse(String hash) {
        Optional<Stamp> stamp = Stamp.read(dir.resolve(STAMP)).filter(s -> s.hash().equals(hash));
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        DirectoryReader reader = null;
        try {
            reader = open(dir);
            if (reader.numDocs() == stamp.get().documents()) {
                return Optional.of(new Opened(reader, stamp.get(), true, null, () -> { }));
            }
        } catch (IOException | RuntimeException e) {
            // files missing or damaged: built again below
        }
        closeQuietly(reader);
        return Optional.empty();
    }

    /** Builds a whole index in {@code folder}, its stamp last. */
    private static Stamp build(Path folder, String hash, long start, Documents documents) throws IOException {
        int withText;
        try (Directory d = FSDirectory.open(folder)) {
            withText = documents.write(d);
        }
        int count;
        try (DirectoryReader r = open(folder)) {
            count = r.numDocs();
        }
        Stamp stamp = new Stamp(hash, count, withText, Instant.now(), (System.nanoTime() - start) / 1_000_000);
        stamp.write(folder.resolve(STAMP));
        return stamp;
    }

    /** Deletes the kept index, its stamp first, so that a folder half deleted is never taken for an index. */
    private void discard() throws IOException {
        Files.deleteIfExists(dir.resolve(STAMP));
        SiblingBuild.deleteTree(dir);
    }

    /** A new index built in {@code tmp}, a temporary folder, deleted once closed. */
    private static Opened temporary(Path tmp, String hash, long start, Documents documents, String why)
            throws IOException {
        Stamp stamp;
        try {
            stamp = build(tmp, hash, start, documents);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp, e);
            throw e;
        }
        return temporary(tmp, stamp, why);
    }

    /** The index built in {@code folder}, opened, and deleted once closed or when the server's process ends. */
    private static Opened temporary(Path folder, Stamp stamp, String why) throws IOException {
        Thread onExit = new Thread(() -> deleteQuietly(folder, null), "unkg-search-index-cleanup");
        DirectoryReader reader;
        try {
            reader = open(folder);
            Runtime.getRuntime().addShutdownHook(onExit); // a server stopped by a signal deletes it too
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder, e);
            throw e;
        }
        return new Opened(reader, stamp, false, why, () -> {
            deleteQuietly(folder, null);
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        });
    }

    private static DirectoryReader open(Path folder) throws IOException {
        Directory d = FSDirectory.open(folder); // memory-mapped on 64-bit systems
        try {
            return DirectoryReader.open(d);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private static void closeQuietly(DirectoryReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
            reader.directory().close();
        } catch (IOException e) {
            // a damaged index, given up on
        }
    }

    private static void deleteQuietly(Path folder, Exception cause) {
        try {
            SiblingBuild.deleteTree(folder);
        } catch (IOException again) {
            if (cause != null) {
                cause.addSuppressed(again);
            }
        }
    }
}
