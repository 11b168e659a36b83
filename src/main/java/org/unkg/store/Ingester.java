package org.unkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.unkg.emit.ExtractionSink;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.emit.rdf.RdfEmitter;
import org.unkg.extract.Extractor;
import org.unkg.model.Extraction;
import org.unkg.source.SourceException;

/**
 * Extracts files in parallel and stores each as its own named graph, skipping files whose bytes have not changed.
 * Immutable once built; one ingest at a time per store.
 *
 * <pre>{@code
 * Ingester in = Ingester.builder().root(Path.of(".")).listener(r -> err.println(r)).build();
 * IngestReport r = in.ingest(Path.of("unkg-db"), List.of(Path.of("data")));
 * r.summary();   // "1565 files: 1565 stored, 0 skipped, 0 failed; ..."
 * }</pre>
 *
 * <p>Two ways to write. Into a store that holds data, files go in write transactions of many files each (a TDB2
 * commit costs milliseconds, so one per file would dominate), and a transaction always holds whole files: a
 * failure loses nothing stored. Into a new store, TDB2's phased bulk loader is faster; it is not transactional,
 * so it builds the store in a directory next to the target and moves it into place only once complete.
 *
 * <p>A file is unchanged when its size and modification time are those the catalog recorded ({@link FileStamp}):
 * it is then neither read nor hashed, so re-ingesting an unchanged corpus costs a directory walk and a stat per
 * file. Otherwise it is hashed, and skipped when its SHA-256 is the recorded one.
 */
public final class Ingester {

    /** How to write. */
    public enum Loader {
        /** The bulk loader for a first load of at least {@link Builder#bulkThreshold} files, else transactions. */
        AUTO,
        /** Write transactions of many files each; works on any store. */
        TRANSACTIONAL,
        /** TDB2's phased bulk loader into a new store, moved into place when complete; only for a new store. */
        BULK
    }

    private final Extractor extractor;
    private final IriScheme iris;
    private final Path root;
    private final int threads;
    private final Loader loader;
    private final boolean force;
    private final int batchFiles;
    private final int batchQuads;
    private final int bulkThreshold;
    private final IngestListener listener;
    private final BiFunction<IriScheme, StreamRDF, ExtractionSink> emitter;

    private Ingester(Builder b) {
        this.extractor = b.extractor != null ? b.extractor : Extractor.builder().build();
        this.iris = b.iris;
        this.root = b.root;
        this.threads = b.threads;
        this.loader = b.loader;
        this.force = b.force;
        this.batchFiles = b.batchFiles;
        this.batchQuads = b.batchQuads;
        this.bulkThreshold = b.bulkThreshold;
        this.listener = b.listener;
        this.emitter = b.emitter;
    }

    /** A builder with defaults: root the current directory, every core, {@link Loader#AUTO}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ingests every file under {@code paths} (folders recursively, hidden files left out) into the store in
     * {@code db}. Files that fail are reported to the listener and counted; the run goes on.
     *
     * @throws IOException when the store itself cannot be opened, built or moved into place
     */
    public IngestReport ingest(Path db, List<Path> paths) throws IOException {
        long t0 = System.nanoTime();
        List<FileResult> pathErrors = new ArrayList<>();
        List<SourceFile> files = SourceFiles.list(root, paths, pathErrors);
        boolean bulk = switch (loader) {
            case TRANSACTIONAL -> false;
            case BULK -> {
                if (Store.holdsData(db)) {
                    throw new IOException("the bulk loader only builds a new store, and " + db + " is not empty");
                }
                yield true;
            }
            case AUTO -> files.size() >= bulkThreshold && !Store.holdsData(db);
        };
        Counts counts = new Counts();
        String how;
        if (bulk) {
            listener.started(files.size() + pathErrors.size(), "TDB2 phased bulk loader into a new store");
            report(pathErrors, counts);
            try (BulkLoad load = BulkLoad.begin(db)) {
                run(files, Map.of(), new BulkSink(load, counts));
                load.commit(listener);
            }
            counts.transactions = 1;
            how = "TDB2 phased bulk loader, new store moved into place";
        } else {
            try (Store store = Store.open(db)) {
                how = write(store, files, pathErrors, counts);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new IngestReport(files.size() + pathErrors.size(), counts.stored, counts.skipped, counts.failed,
                counts.resolutions, counts.citations, counts.quads, counts.transactions, how, seconds);
    }

    /**
     * Ingests every file under {@code paths} into an open store, in write transactions: for a store that is also
     * being served or queried in this JVM (readers see each transaction's files appear whole).
     */
    public IngestReport ingest(Store store, List<Path> paths) {
        long t0 = System.nanoTime();
        List<FileResult> pathErrors = new ArrayList<>();
        List<SourceFile> files = SourceFiles.list(root, paths, pathErrors);
        Counts counts = new Counts();
        String how = write(store, files, pathErrors, counts);
        return new IngestReport(files.size() + pathErrors.size(), counts.stored, counts.skipped, counts.failed,
                counts.resolutions, counts.citations, counts.quads, counts.transactions, how,
                (System.nanoTime() - t0) / 1e9);
    }

    private String write(Store store, List<SourceFile> files, List<FileResult> pathErrors, Counts counts) {
        listener.started(files.size() + pathErrors.size(), "write transactions");
        report(pathErrors, counts);
        run(files, store.sources(), new TransactionSink(store, counts));
        return "transactional, " + counts.transactions + " write transaction" + (counts.transactions == 1 ? "" : "s");
    }

    private void report(List<FileResult> results, Counts counts) {
        for (FileResult r : results) {
            counts.add(r);
            listener.done(r);
        }
    }

    /** Extracts on a pool, hands each outcome to {@code sink} in file order; at most a window of files in memory. */
    private void run(List<SourceFile> files, Map<String, SourceRecord> known, Sink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unkg-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = Math.max(64, threads * 16);
            Deque<Future<Outcome>> pending = new ArrayDeque<>();
            Iterator<SourceFile> it = files.iterator();
            while (it.hasNext() || !pending.isEmpty()) {
                while (it.hasNext() && pending.size() < window) {
                    SourceFile f = it.next();
                    pending.add(pool.submit(() -> process(f, known.get(f.name()))));
                }
                sink.accept(await(pending.poll()));
            }
            sink.finish();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    // process() turns every exception into a failed file; only an Error gets here
                    throw new IllegalStateException("ingest worker died", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Reads, extracts and emits one file on a worker thread. Never throws for a bad file. A file whose size and
     * modification time match the catalog's is skipped without being read; one whose bytes hash as recorded is
     * skipped, with its new stamp to record when it can be trusted.
     */
    private Outcome process(SourceFile f, SourceRecord old) {
        String shown = f.path().toString();
        Node graph = iris.sourceGraph(f.name());
        try {
            Instant seen = Instant.now();
            FileStamp stamp = FileStamp.of(f.path());
            boolean same = !force && old != null && old.graph().equals(graph);
            if (same && stamp.equals(old.stamp())) {
                return new Outcome(unchanged(shown), null, null);
            }
            FileStamp trusted = stamp.trustedAt(seen);
            String sha = f.sha256();
            if (same && old.sha256().equals(sha)) {
                return new Outcome(unchanged(shown), null, trusted == null ? null : new Restamp(graph, trusted));
            }
            Extraction read = extractor.extract(f.path());
            // The graph name must not depend on how the user reached the file: name the extraction by its name.
            Extraction x = new Extraction(f.name(), sha, read.format(), read.text(), read.identity(),
                    read.citations(), read.problems(), read.markup());
            GraphCollector c = new GraphCollector(graph);
            emitter.apply(iris, c).extraction(x);
            int resolutions = x.identity() != null && x.identity().symbol() != null ? 1 : 0;
            return new Outcome(new FileResult(shown, FileResult.Status.STORED, null, resolutions, x.citations().size()),
                    new SourceGraph(f.name(), graph, sha, c.quads(), c.prefixes(), trusted), null);
        } catch (SourceException e) {
            return new Outcome(FileResult.failed(shown, e.getMessage()), null, null);
        } catch (IOException e) {
            return new Outcome(FileResult.failed(shown, "cannot read the file (" + e.getMessage() + ")"), null, null);
        } catch (RuntimeException e) {
            return new Outcome(FileResult.failed(shown, "the extractor failed (" + e + ")"), null, null);
        }
    }

    private static FileResult unchanged(String shown) {
        return new FileResult(shown, FileResult.Status.SKIPPED, null, 0, 0);
    }

    /**
     * One file's result and, when it is to be stored, its graph; for an unchanged file whose stamp differed from
     * the catalog's, the new stamp to record (or null).
     */
    record Outcome(FileResult result, SourceGraph graph, Restamp restamp) {
    }

    /** A new stamp for the catalog's record of an unchanged file's graph. */
    record Restamp(Node graph, FileStamp stamp) {
    }

    /** Where outcomes go, in file order. */
    private interface Sink {
        void accept(Outcome o);

        void finish();
    }

    /** Running totals. */
    static final class Counts {
        int stored;
        int skipped;
        int failed;
        long resolutions;
        long citations;
        long quads;
        int transactions;

        void add(FileResult r) {
            switch (r.status()) {
                case STORED -> {
                    stored++;
                    resolutions += r.resolutions();
                    citations += r.citations();
                }
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
        }
    }

    /** Batches whole files into write transactions; a file's outcome is final once its batch commits. */
    private final class TransactionSink implements Sink {
        private final Store store;
        private final Counts counts;
        private final List<Outcome> batch = new ArrayList<>();
        private final Map<Node, FileStamp> restamps = new HashMap<>();
        private int batchGraphs;
        private long batchQuadCount;

        TransactionSink(Store store, Counts counts) {
            this.store = store;
            this.counts = counts;
        }

        @Override
        public void accept(Outcome o) {
            batch.add(o);
            if (o.restamp() != null) {
                restamps.put(o.restamp().graph(), o.restamp().stamp());
            }
            if (o.graph() != null) {
                batchGraphs++;
                batchQuadCount += o.graph().quads().size();
            }
            if (batchGraphs >= batchFiles || batchQuadCount >= batchQuads) {
                flush();
            }
        }

        @Override
        public void finish() {
            flush();
            if (!restamps.isEmpty()) {
                try {
                    store.restamp(restamps);
                    counts.transactions++;
                } catch (RuntimeException e) {
                    // only bookkeeping: the files stay stored and are hashed again next time
                }
            }
        }

        private void flush() {
            List<SourceGraph> graphs = batch.stream().map(Outcome::graph).filter(Objects::nonNull).toList();
            String failure = null;
            if (!graphs.isEmpty()) {
                try {
                    store.write(graphs);
                    counts.transactions++;
                    counts.quads += batchQuadCount;
                } catch (RuntimeException e) {
                    failure = writeFailure(e);
                }
            }
            for (Outcome o : batch) {
                FileResult r = o.result();
                if (failure != null && o.graph() != null) {
                    r = FileResult.failed(r.file(), failure);
                }
                counts.add(r);
                listener.done(r);
            }
            batch.clear();
            batchGraphs = 0;
            batchQuadCount = 0;
        }
    }

    /**
     * Why a write transaction failed, as the reason of each of its files. A full disk (or a file-size limit)
     * reaches here as an I/O error under Jena's exceptions: say it is the store, and what to do; TDB2 aborted the
     * transaction, so what was stored before is intact.
     */
    private static String writeFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return "not stored: the store could not be written (" + io.getMessage() + "); the store keeps what "
                        + "it held, run ingest again once there is space";
            }
        }
        return "not stored, the write transaction failed (" + e.getMessage() + ")";
    }

    /** Streams every stored file into the bulk loader; nothing is visible until the new store is moved in. */
    private final class BulkSink implements Sink {
        private final BulkLoad load;
        private final Counts counts;

        BulkSink(BulkLoad load, Counts counts) {
            this.load = load;
            this.counts = counts;
        }

        @Override
        public void accept(Outcome o) {
            if (o.graph() != null) {
                counts.quads += load.add(o.graph());
            }
            counts.add(o.result());
            listener.done(o.result());
        }

        @Override
        public void finish() {
        }
    }

    /** Builder for {@link Ingester}. */
    public static final class Builder {
        private Extractor extractor;
        private IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        private Path root = Path.of("");
        private int threads = Runtime.getRuntime().availableProcessors();
        private Loader loader = Loader.AUTO;
        private boolean force;
        private int batchFiles = 500;
        private int batchQuads = 500_000;
        private int bulkThreshold = 1000;
        private IngestListener listener = IngestListener.NONE;
        private BiFunction<IriScheme, StreamRDF, ExtractionSink> emitter = RdfEmitter::new;

        private Builder() {
        }

        /** The extractor; by default {@code Extractor.builder().build()}. */
        public Builder extractor(Extractor v) { extractor = v; return this; }
        /** The IRI scheme graphs are named with. */
        public Builder iris(IriScheme v) { iris = v; return this; }
        /** The directory file names are relative to; by default the current directory. */
        public Builder root(Path v) { root = v; return this; }
        /** Extraction threads; by default one per core. */
        public Builder threads(int v) { threads = Math.max(1, v); return this; }
        /** How to write. */
        public Builder loader(Loader v) { loader = v; return this; }
        /** Re-extract files even when their bytes have not changed (after an extractor upgrade). */
        public Builder force(boolean v) { force = v; return this; }
        /** Most files per write transaction. */
        public Builder batchFiles(int v) { batchFiles = Math.max(1, v); return this; }
        /** Most quads per write transaction (a file is never split, so a batch can exceed it by one file). */
        public Builder batchQuads(int v) { batchQuads = Math.max(1, v); return this; }
        /** With {@link Loader#AUTO}, the fewest files for which a new store is bulk loaded. */
        public Builder bulkThreshold(int v) { bulkThreshold = v; return this; }
        /**
         * What turns an extraction into RDF; by default {@link RdfEmitter}. Whatever graph it names, every triple
         * is stored in the file's graph.
         */
        public Builder emitter(BiFunction<IriScheme, StreamRDF, ExtractionSink> v) { emitter = v; return this; }
        /** Who hears about each file. */
        public Builder listener(IngestListener v) { listener = v; return this; }

        public Ingester build() {
            return new Ingester(this);
        }
    }
}
