package org.unkg.extract;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * Extractor ex = Extractor.builder().maxFileTime(Duration.ofSeconds(60)).build();
 * Extraction x = ex.extract(Path.of("resolution.txt"));
 * ex.run(List.of(a, b), sink);   // each file to the sink, failures as problems
 * }</pre>
 *
 * <p>Each file is bounded in time ({@link Builder#maxFileTime}): a file whose reading and extraction take longer is
 * refused with a {@link SourceException} saying so, and the run goes on. The work is done on a thread of its own
 * so that the caller gets its answer on time whatever the file does (a named pipe that never delivers, a PDF that
 * parses for ever); that thread is interrupted, and the pipeline stops at its next stage or PDF page.
 */
public final class Extractor {
    /** The default longest time for one file: far above any resolution (the longest take well under a second). */
    public static final Duration DEFAULT_MAX_FILE_TIME = Duration.ofSeconds(60);

    /** Where bounded extractions run: daemon threads, made as needed and ended after a minute idle. */
    private static final ExecutorService BOUNDED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "unkg-extract-file");
        t.setDaemon(true);
        return t;
    });

    private final SourceReader reader;
    private final int threads;
    private final Duration maxFileTime;

    private Extractor(Builder b) {
        this.reader = b.reader;
        this.threads = b.threads;
        this.maxFileTime = b.maxFileTime;
    }

    /** A builder with the default source reader. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and extracts one file, within {@link Builder#maxFileTime}.
     *
     * @throws SourceException when the file cannot be read, or took too long (the reason says which)
     */
    public Extraction extract(Path file) throws SourceException {
        Future<Extraction> work = BOUNDED.submit(() -> extract(reader.read(file)));
        try {
            return work.get(maxFileTime.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new SourceException("reading and extracting took longer than " + seconds(maxFileTime)
                    + " s, stopped (--max-file-seconds)", e);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SourceException s) {
                throw new SourceException(s.getMessage(), s);
            }
            if (cause instanceof StackOverflowError) {
                // a recursion (a regular expression, a parser) that the file drove too deep: that file's problem
                throw new SourceException("the text is nested too deeply to read (stack overflow)", cause);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** "60", "0.5": a duration in seconds as a person writes it. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
    }

    /** Extracts an already-read source text; once the thread is interrupted, stops between stages (cancelled). */
    public Extraction extract(SourceText source) {
        var normalized = Normalizer.normalize(source);
        stopIfInterrupted();
        var segmented = Segmenter.segment(normalized);
        stopIfInterrupted();
        var recognized = Recognizer.recognize(segmented);
        stopIfInterrupted();
        return Resolver.resolve(recognized);
    }

    /** A bounded extraction that ran out of time is interrupted: its work is no longer wanted. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the extraction was stopped");
        }
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
        private Duration maxFileTime = DEFAULT_MAX_FILE_TIME;

        /** The longest one file may take, read and extracted (default {@link #DEFAULT_MAX_FILE_TIME}). */
        public Builder maxFileTime(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("the time for one file must be more than zero, not " + d);
            }
            this.maxFileTime = d;
            return this;
        }

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
