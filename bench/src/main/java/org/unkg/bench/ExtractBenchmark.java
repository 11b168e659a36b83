package org.unkg.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.unkg.emit.ExtractionSink;
import org.unkg.extract.Extractor;
import org.unkg.model.Extraction;
import org.unkg.model.Problem;
import org.unkg.source.SourceException;
import org.unkg.source.SourceReader;

/**
 * One operation is one pass over the whole corpus, file by file from disk. On one thread, {@link #extract} runs
 * {@code Extractor.extract(path)} on every file and {@link #read} only {@code SourceReader.read(path)}, the first
 * step of extraction (read, hash, decode or extract the PDF text). On every core, {@link #extractAllCores} is what
 * {@code unkg extract} does, {@code Extractor.run(files, sink)} on one thread per core, and {@link #readAllCores}
 * reads the same files on as many threads, in the same bounded, ordered window. Each pair's ratio is what the
 * pipeline after reading costs. Run through {@link BenchMain}, which turns seconds per pass into MB/s and
 * documents/s.
 *
 * <pre>{@code
 * java -cp bench/target/classes:<deps>:target/unkg.jar org.unkg.bench.BenchMain -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class ExtractBenchmark {

    /** The shared folder, relative to the directory the benchmark is started from (the project root). */
    @Param({"../shared"})
    public String shared;

    private Corpus corpus;
    private Extractor extractor;
    private SourceReader reader;
    private int cores;
    private ExecutorService readPool;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Corpus.of(Path.of(shared));
        cores = Runtime.getRuntime().availableProcessors();
        // built once: the benchmark measures extraction, not building the pipeline's tables. The default builder
        // runs on one thread per core, as the CLI's extract does.
        extractor = Extractor.builder().build();
        reader = new SourceReader();
        readPool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "bench-read");
            t.setDaemon(true);
            return t;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        readPool.shutdownNow();
    }

    @Benchmark
    public int extract(Blackhole bh) {
        int failed = 0;
        for (Path f : corpus.files()) {
            try {
                bh.consume(extractor.extract(f));
            } catch (SourceException e) {
                failed++;
            }
        }
        return failed;
    }

    @Benchmark
    public int read(Blackhole bh) {
        int failed = 0;
        for (Path f : corpus.files()) {
            try {
                bh.consume(reader.read(f));
            } catch (SourceException e) {
                failed++;
            }
        }
        return failed;
    }

    /** {@code Extractor.run}: the CLI's parallel extraction, results delivered in file order to a sink. */
    @Benchmark
    public int extractAllCores(Blackhole bh) {
        int[] failed = {0};
        extractor.run(corpus.files(), new ExtractionSink() {
            @Override
            public void extraction(Extraction x) {
                bh.consume(x);
            }

            @Override
            public void failed(Problem p) {
                failed[0]++;
            }
        });
        return failed[0];
    }

    /** Reading on one thread per core, with {@code Extractor.run}'s window of four files a thread, in order. */
    @Benchmark
    public int readAllCores(Blackhole bh) throws InterruptedException, ExecutionException {
        int failed = 0;
        Deque<Future<Object>> window = new ArrayDeque<>();
        Iterator<Path> next = corpus.files().iterator();
        while (next.hasNext() || !window.isEmpty()) {
            while (next.hasNext() && window.size() < cores * 4) {
                Path f = next.next();
                window.add(readPool.submit(() -> {
                    try {
                        return reader.read(f);
                    } catch (SourceException e) {
                        return e;
                    }
                }));
            }
            Object o = window.poll().get();
            if (o instanceof SourceException) {
                failed++;
            }
            bh.consume(o);
        }
        return failed;
    }
}
