package org.unkg.bench;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.unkg.extract.Extractor;
import org.unkg.source.SourceException;
import org.unkg.source.SourceReader;

/**
 * One operation is one pass over the whole corpus, file by file from disk, on one thread: {@link #extract} runs
 * {@code Extractor.extract(path)} on every file, {@link #read} only {@code SourceReader.read(path)}, the first step
 * of extraction. Their ratio is what the pipeline after reading costs. Run through {@link BenchMain}, which turns
 * seconds per pass into MB/s and documents/s.
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

    @Setup(Level.Trial)
    public void setUp() {
        corpus = Corpus.of(Path.of(shared));
        // built once: the benchmark measures extraction, not building the pipeline's tables
        extractor = Extractor.builder().build();
        reader = new SourceReader();
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
}
