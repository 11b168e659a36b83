package org.unkg.extract;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.unkg.emit.ExtractionSink;
import org.unkg.model.Extraction;
import org.unkg.normalize.Normalizer;
import org.unkg.recognize.Recognizer;
import org.unkg.resolve.Resolver;
import org.unkg.segment.Segmenter;
import org.unkg.model.Problem;
import org.unkg.source.SourceException;
import org.unkg.source.SourceReader;
import org.unkg.source.SourceText;

/**
 * The extraction pipeline: source, normalize, segment, recognize, resolve. Immutable once built; safe to share
 * between threads; {@link #run} extracts on several threads and still delivers in the order given.
 *
 * <pre>{@code
 * Extractor ex = Extractor.builder().build();
 * Extraction x = ex.extract(Path.of("resolution.txt"));
 * ex.run(List.of(a, b), sink);   // each file to the sink, failures as problems
 * }</pre>
 */
public final class Extractor {
    private final SourceReader reader;
    private final int threads;

    private Extractor(Builder b) {
        this.reader = b.reader;
        this.threads = b.threads;
    }

    /** A builder with the default source reader. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads and extracts one file. */
    public Extraction extract(Path file) throws SourceException {
        return extract(reader.read(file));
    }

    /** Extracts an already-read source text. */
    public Extraction extract(SourceText source) {
        return Resolver.resolve(Recognizer.recognize(Segmenter.segment(Normalizer.normalize(source))));
    }

    /**
     * Extracts every file, on {@link Builder#threads} threads, handing each result or failure to {@code sink} in the
     * order of {@code files} and from this thread only (not calling start/finish).
     */
    public void run(List<Path> files, ExtractionSink sink) {
        if (threads <= 1 || files.size() < 2) {
            files.forEach(f -> deliver(outcome(f), sink));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // a bounded window keeps memory flat however many files there are, and the order as given
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !window.isEmpty()) {
                while (next.hasNext() && window.size() < threads * 4) {
                    Path f = next.next();
                    window.add(pool.submit(() -> outcome(f)));
                }
                deliver(await(window.poll()), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file's result: its extraction or the problem that failed it. */
    private record Outcome(Extraction extraction, Problem problem) {
    }

    private Outcome outcome(Path f) {
        try {
            return new Outcome(extract(f), null);
        } catch (SourceException e) {
            return new Outcome(null, Problem.error(f.toString(), e.getMessage()));
        } catch (RuntimeException e) {
            // a defect of the extractor on one text must not end the run over the others
            return new Outcome(null, Problem.error(f.toString(), "the extractor failed on this text (" + e + ")"));
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        }
    }

    private static void deliver(Outcome o, ExtractionSink sink) {
        if (o.extraction() != null) {
            sink.extraction(o.extraction());
        } else {
            sink.failed(o.problem());
        }
    }

    /** Builder for {@link Extractor}. */
    public static final class Builder {
        private SourceReader reader = new SourceReader();
        private int threads = Runtime.getRuntime().availableProcessors();

        public Builder reader(SourceReader r) {
            this.reader = r;
            return this;
        }

        /** Threads {@link Extractor#run} extracts on (default: one per core; 1 for none besides the caller's). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + n);
            }
            this.threads = n;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
