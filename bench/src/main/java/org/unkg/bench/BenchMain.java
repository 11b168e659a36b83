package org.unkg.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.unkg.extract.Extractor;
import org.unkg.source.SourceException;

/**
 * Runs {@link ExtractBenchmark} and prints MB/s, documents/s and the extract/read ratios, on one thread and on every
 * core. Takes JMH's usual
 * command-line options ({@code -wi 1 -i 3 -w 10s -r 10s -rf json -rff out.json}); with {@code -p shared=DIR} it
 * reads another copy of the shared folder.
 *
 * <pre>{@code
 * java -cp ... org.unkg.bench.BenchMain -wi 1 -i 3 -w 10s -r 10s
 * }</pre>
 */
public final class BenchMain {
    private static final int SHOWN_FAILURES = 5;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        var sharedParam = cli.getParameter("shared");   // JMH's own Optional, without map()
        String shared = sharedParam.hasValue() ? sharedParam.get().iterator().next() : "../shared";
        Corpus corpus = Corpus.of(Path.of(shared));
        System.out.printf("corpus: %d files %s, %.2f MB under %s%n", corpus.files().size(), corpus.parts(),
                corpus.bytes() / 1e6, Path.of(shared).toAbsolutePath().normalize());
        int failed = countFailures(corpus);

        Options options = new OptionsBuilder().parent(cli)
                .include(ExtractBenchmark.class.getName() + "\\.(extract|read|extractAllCores|readAllCores)$")
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Double> secondsPerPass = new LinkedHashMap<>();
        System.out.println();
        System.out.printf("threads: 1, and %d for the AllCores pair (one per core)%n",
                Runtime.getRuntime().availableProcessors());
        System.out.println("benchmark          s/pass (±99.9%)        MB/s     documents/s");
        for (RunResult r : results) {
            Result<?> primary = r.getPrimaryResult();
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            double s = primary.getScore();
            secondsPerPass.put(name, s);
            System.out.printf("%-16s %8.3f (±%.3f) %11.2f %15.1f%n", name, s, primary.getScoreError(),
                    corpus.bytes() / 1e6 / s, corpus.files().size() / s);
        }
        ratio("one thread", secondsPerPass.get("extract"), secondsPerPass.get("read"));
        ratio("all cores", secondsPerPass.get("extractAllCores"), secondsPerPass.get("readAllCores"));
        if (failed > 0) {
            System.out.printf("note: %d of %d files failed to extract; they count in documents/s%n", failed,
                    corpus.files().size());
        }
    }

    private static void ratio(String what, Double extract, Double read) {
        if (extract != null && read != null) {
            System.out.printf("ratio extract/read, %s: %.2f (extraction takes %.2f times as long as reading the files)%n",
                    what, extract / read, extract / read);
        }
    }

    /** One untimed pass, so a figure is never reported over files that silently failed. */
    private static int countFailures(Corpus corpus) {
        Extractor extractor = Extractor.builder().build();
        int failed = 0;
        for (Path f : corpus.files()) {
            try {
                extractor.extract(f);
            } catch (SourceException | RuntimeException e) {
                if (failed++ < SHOWN_FAILURES) {
                    System.out.println("failed: " + f + ": " + e.getMessage());
                }
            }
        }
        System.out.printf("extraction failures in a check pass: %d%n", failed);
        return failed;
    }
}
