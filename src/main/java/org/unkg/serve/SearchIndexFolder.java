package org.unkg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

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
 * SearchIndexFolder folder = new SearchIndexFolder(Path.of("unkg-db"), texts);   // unkg-db/search-index/
 * SearchIndexFolder.Opened o = folder.open(System.nanoTime(), contents);
 * o.reused();   // "store unchanged": kept from an earlier start; null: built by this one
 * }</pre>
 *
 * <p>Two stamps, checked in turn. The quick one: the store's TDB2 files (see {@link #storeFiles}: any committed
 * write changes them, a read never does) and whether each indexed file is still there to read; a stat per file,
 * under a second for 100,000. The true one, read only when the quick one differs (after an ingest, a compaction, a
 * copy): a hash of what each document holds, from the store ({@link Contents#hash}), 40 s for 100,000 resolutions;
 * when it is the same, the index is kept and the quick stamp brought up to date.
 *
 * <p>Why in the store's folder: the index describes that store and goes where it goes (copied, moved, deleted).
 * TDB2 touches only its {@code Data-NNNN/} folders (and their {@code -tmp} while compacting), {@code Backups/} and
 * {@code tdb.lock}. Why moved into place whole: a process killed while building leaves the old index or none, never
 * a half one taken for whole; the stamp is the last file written into a new index and the first deleted from an old
 * one. A store whose folder cannot be written in (read-only) gets an index in a temporary folder, deleted on close:
 * searching works, only the next start builds again.
 */
final class SearchIndexFolder {
    /** The index's folder, inside the store's. */
    static final String NAME = "search-index";
    /** The stamp, inside the index's folder; Lucene's own files are named otherwise. */
    static final String STAMP = "unkg-stamp.properties";
    /** The source files the index has read, a name and its stored hash a line, for the quick stamp. */
    static final String FILES = "unkg-files.tsv";

    private final Path store;
    private final Path dir;
    private final SourceTexts texts;

    /** The search index kept in {@code storeDir}, of texts read by {@code texts}. */
    SearchIndexFolder(Path storeDir, SourceTexts texts) {
        this.store = storeDir;
        this.dir = storeDir.resolve(NAME);
        this.texts = texts;
    }

    /** What an index holds, read from the store when asked (each at most once). */
    interface Contents {
        /** The hash of what every document holds but its text, and of what decides the text. */
        String hash();

        /** The source files the documents' texts are read from: name and stored hash ("" for none). */
        List<String[]> files();

        /** Writes the documents into {@code dir}; returns how many have their text. */
        int write(Directory dir) throws IOException;
    }

    /**
     * What an index was built from and when.
     *
     * @param hash        the true stamp: of what every document holds ({@link Contents#hash})
     * @param quick       the quick stamp: of the store's files and of the source files' presence, when built
     * @param documents   how many resolutions it holds
     * @param withText    how many of them with their text
     * @param built       when it was finished
     * @param buildMillis how long reading the store and the files and writing it took
     */
    record Stamp(String hash, String quick, int documents, int withText, Instant built, long buildMillis) {
        /** The stamp in {@code file}, if there is one that reads whole. */
        static Optional<Stamp> read(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                return Optional.of(new Stamp(p.getProperty("hash"), p.getProperty("quick", ""),
                        Integer.parseInt(p.getProperty("documents")), Integer.parseInt(p.getProperty("withText")),
                        Instant.parse(p.getProperty("built")), Long.parseLong(p.getProperty("buildMillis"))))
                        .filter(s -> s.hash() != null);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** Writes the stamp to {@code file} whole (beside it first, then moved over it) and to the disk. */
        void write(Path file) throws IOException {
            writeWhole(file, "# unkg's search index: the SHA-256 of what it holds, read from the store, and when it"
                    + " was built\nhash=" + hash + "\nquick=" + quick + "\ndocuments=" + documents + "\nwithText="
                    + withText + "\nbuilt=" + built + "\nbuildMillis=" + buildMillis + "\n");
        }

        Stamp quick(String q) {
            return new Stamp(hash, q, documents, withText, built, buildMillis);
        }
    }

    /**
     * An open index.
     *
     * @param reader    its reader, over a memory-mapped folder
     * @param stamp     what it was built from
     * @param reused    how it was found kept from an earlier start ("store unchanged", "resolutions unchanged"), or
     *                  null when built by this one
     * @param temporary why it is in a temporary folder (the store's cannot be written in), or null
     * @param cleanup   what to do once the reader and its folder are closed
     */
    record Opened(DirectoryReader reader, Stamp stamp, String reused, String temporary, Runnable cleanup) {
    }

    /**
     * The index kept here when it holds what {@code contents} would (by the quick stamp, else the true one); else a
     * new one written by {@code contents}, kept here for the next start, or in a temporary folder when this one
     * cannot be written in. {@code start} is when opening began ({@link System#nanoTime}), for the build time.
     */
    Opened open(long start, Contents contents) throws IOException {
        String storeFiles = storeFiles(); // before the store is read: a write meanwhile makes the next start check
        Optional<Stamp> kept = Stamp.read(dir.resolve(STAMP));
        if (kept.isPresent() && !storeFiles.isEmpty() && kept.get().quick().equals(quick(storeFiles, listed()))) {
            Optional<DirectoryReader> r = reader(kept.get());
            if (r.isPresent()) {
                return new Opened(r.get(), kept.get(), "store unchanged", null, () -> { });
            }
        }
        String hash = contents.hash();
        if (kept.isPresent() && kept.get().hash().equals(hash)) {
            Optional<DirectoryReader> r = reader(kept.get());
            if (r.isPresent()) {
                Stamp stamp = kept.get().quick(quick(storeFiles, contents));
                try { // the next start knows at once
                    writeFiles(dir, contents.files());
                    stamp.write(dir.resolve(STAMP));
                } catch (IOException e) {
                    // a read-only store: the next start reads it again
                }
                return new Opened(r.get(), stamp, "resolutions unchanged", null, () -> { });
            }
        }
        String quick = quick(storeFiles, contents);
        Path building;
        try {
            building = SiblingBuild.beside(dir, "building"); // search-index/../.search-index.building-PID
        } catch (IOException | SecurityException e) {
            return temporary(Files.createTempDirectory("unkg-search-index-"), hash, start, contents,
                    "cannot write in " + store + ": " + e);
        }
        Stamp stamp;
        try {
            stamp = build(building, hash, quick, start, contents);
        } catch (IOException e) { // a full disk: the temporary folder may be on another
            deleteQuietly(building, e);
            return temporary(Files.createTempDirectory("unkg-search-index-"), hash, start, contents,
                    "cannot build in " + store + ": " + e);
        }
        try {
            discard();
            SiblingBuild.moveIntoPlace(building, dir);
        } catch (IOException e) { // the old index cannot be deleted: the new one serves from where it was built
            return temporary(building, stamp, "cannot replace " + dir + ": " + e);
        }
        return new Opened(open(dir), stamp, null, null, () -> { });
    }

    /** The kept index's reader, if it opens whole with the documents its stamp counts; else empty. */
    private Optional<DirectoryReader> reader(Stamp stamp) {
        DirectoryReader reader = null;
        try {
            reader = open(dir);
            if (reader.numDocs() == stamp.documents()) {
                return Optional.of(reader);
            }
        } catch (IOException | RuntimeException e) {
            // files missing or damaged: built again
        }
        closeQuietly(reader);
        return Optional.empty();
    }

    /**
     * The store's TDB2 files: each file of its {@code Data-NNNN/} folders with its size and modification time (not
     * the journal, emptied after each commit, nor the lock, which holds the id of the process that opens the store),
     * and the bytes of the small ones: the state of each B+tree and object
     * file, which every committed write changes (new blocks, copied on write), where a time may not (a clock tick
     * is milliseconds). "" when there are none.
     */
    private String storeFiles() {
        StringBuilder b = new StringBuilder();
        try (DirectoryStream<Path> data = Files.newDirectoryStream(store, "Data-*")) {
            TreeMap<String, Path> files = new TreeMap<>();
            for (Path d : data) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
                    for (Path f : s) {
                        String name = f.getFileName().toString();
                        if (!name.equals("journal.jrnl") && !name.endsWith(".lock")) {
                            files.put(d.getFileName() + "/" + f.getFileName(), f);
                        }
                    }
                }
            }
            for (Map.Entry<String, Path> e : files.entrySet()) {
                BasicFileAttributes a = Files.readAttributes(e.getValue(), BasicFileAttributes.class);
                b.append(e.getKey()).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
                if (a.isRegularFile() && a.size() <= 1024) {
                    b.append(' ').append(HexFormat.of().formatHex(Files.readAllBytes(e.getValue())));
                }
                b.append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return ""; // no quick stamp: the store is read at each start
        }
        return b.toString();
    }

    /** The quick stamp of {@code contents}, or "" when the store has no files to tell its state by. */
    private String quick(String storeFiles, Contents contents) {
        return storeFiles.isEmpty() ? "" : quick(storeFiles, contents.files());
    }

    /** The quick stamp: the store's files, and whether each source file is still there. */
    private String quick(String storeFiles, List<String[]> files) {
        StringBuilder b = new StringBuilder("format ").append(SearchIndex.FORMAT).append('\n').append(storeFiles);
        for (String[] f : files) {
            b.append(f[0]).append('\t').append(texts.fingerprint(f[0], f[1])).append('\n');
        }
        return SearchIndex.sha256(b);
    }

    /** The source files the kept index read, as listed beside it; empty when the list cannot be read. */
    private List<String[]> listed() {
        try (BufferedReader r = Files.newBufferedReader(dir.resolve(FILES), StandardCharsets.UTF_8)) {
            return r.lines().map(l -> l.split("\t", 2)).filter(f -> f.length == 2).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Builds a whole index in {@code folder}: the documents, the list of their files, the stamp last. */
    private static Stamp build(Path folder, String hash, String quick, long start, Contents contents)
            throws IOException {
        int withText;
        try (Directory d = FSDirectory.open(folder)) {
            withText = contents.write(d);
        }
        int count;
        try (DirectoryReader r = open(folder)) {
            count = r.numDocs();
        }
        writeFiles(folder, contents.files());
        Stamp stamp = new Stamp(hash, quick, count, withText, Instant.now(), (System.nanoTime() - start) / 1_000_000);
        stamp.write(folder.resolve(STAMP));
        return stamp;
    }

    /** Lists {@code files} in {@code folder} for the quick stamp. */
    private static void writeFiles(Path folder, List<String[]> files) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String[] f : files) {
            b.append(f[0]).append('\t').append(f[1]).append('\n');
        }
        writeWhole(folder.resolve(FILES), b.toString());
    }

    /** Writes {@code text} to {@code file} whole: beside it first, to the disk, then moved over it. */
    private static void writeWhole(Path file, String text) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(next, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the kept index, its stamp first, so that a folder half deleted is never taken for an index. */
    private void discard() throws IOException {
        Files.deleteIfExists(dir.resolve(STAMP));
        SiblingBuild.deleteTree(dir);
    }

    /** A new index built in {@code tmp}, a temporary folder, deleted once closed. */
    private static Opened temporary(Path tmp, String hash, long start, Contents contents, String why)
            throws IOException {
        Stamp stamp;
        try {
            stamp = build(tmp, hash, "", start, contents);
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
        return new Opened(reader, stamp, null, why, () -> {
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
