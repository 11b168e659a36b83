import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.unkg.export.Exporter;
import org.unkg.export.Prefixes;
import org.unkg.export.RdfSyntax;
import org.unkg.store.IngestReport;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/**
 * Times {@code unkg ingest} of a corpus against Jena's own TDB2 bulk loaders loading the same quads.
 *
 * <pre>
 * java -cp target/unkg.jar bench/ingest/IngestBench.java [--runs N] [--root DIR] [PATH...]
 * </pre>
 *
 * First, untimed, it ingests the corpus once (which also warms the JIT and the file cache) and writes the store's
 * quads to an N-Quads file. Then, N times each, in alternation, into fresh directories: unkg's ingest as the CLI
 * runs it on a new store (auto: the bulk path), unkg's ingest forced through write transactions, and Jena's phased
 * and parallel loaders reading the N-Quads file. It prints the median of each and the ratios. unkg's times
 * include reading and extracting every file; Jena's only parse the N-Quads.
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        int runs = 5;
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            paths = List.of(Path.of("../shared/corpus"), Path.of("../shared/seeds"));
        }
        Path work = Files.createTempDirectory("unkg-bench");
        try {
            System.out.printf(Locale.ROOT, "corpus: %s, root %s, %d cores, %d runs each%n", paths, root,
                    Runtime.getRuntime().availableProcessors(), runs);
            Path nq = work.resolve("corpus.nq");
            IngestReport first = ingest(root, paths, work.resolve("warmup"), Ingester.Loader.AUTO);
            long quads;
            try (Store s = Store.open(work.resolve("warmup")); OutputStream out =
                    new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                quads = new Exporter(s.dataset(), Prefixes.standard()).writeAll(RdfSyntax.NQUADS, out);
            }
            System.out.printf(Locale.ROOT, "warm-up: %s%n", first.summary());
            System.out.printf(Locale.ROOT, "N-Quads: %d quads (files' and catalog's), %,d bytes%n", quads,
                    Files.size(nq));
            jena(nq, work.resolve("warmup-jena"), LoaderFactory::phasedLoader);

            double[] auto = new double[runs];
            double[] tx = new double[runs];
            double[] phased = new double[runs];
            double[] parallel = new double[runs];
            String autoLoader = "";
            for (int r = 0; r < runs; r++) {
                IngestReport a = ingest(root, paths, work.resolve("auto-" + r), Ingester.Loader.AUTO);
                auto[r] = a.seconds();
                autoLoader = a.loader();
                tx[r] = ingest(root, paths, work.resolve("tx-" + r), Ingester.Loader.TRANSACTIONAL).seconds();
                phased[r] = jena(nq, work.resolve("phased-" + r), LoaderFactory::phasedLoader);
                parallel[r] = jena(nq, work.resolve("parallel-" + r), LoaderFactory::parallelLoader);
                System.out.printf(Locale.ROOT, "run %d: unkg auto %.2f s, unkg transactional %.2f s, "
                        + "jena phased %.2f s, jena parallel %.2f s%n", r + 1, auto[r], tx[r], phased[r], parallel[r]);
                for (String d : List.of("auto-", "tx-", "phased-", "parallel-")) {
                    delete(work.resolve(d + r));
                }
            }
            double ma = median(auto);
            double mt = median(tx);
            double mp = median(phased);
            double mq = median(parallel);
            System.out.printf(Locale.ROOT, "median: unkg ingest (%s) %.2f s; unkg transactional %.2f s; "
                    + "jena phased loader %.2f s; jena parallel loader %.2f s%n", autoLoader, ma, mt, mp, mq);
            System.out.printf(Locale.ROOT, "ratio unkg ingest / jena phased loader: %.2f%n", ma / mp);
            System.out.printf(Locale.ROOT, "ratio unkg transactional / jena phased loader: %.2f%n", mt / mp);
            System.out.printf(Locale.ROOT, "ratio unkg ingest / jena parallel loader: %.2f%n", ma / mq);
        } finally {
            delete(work);
        }
    }

    private static IngestReport ingest(Path root, List<Path> paths, Path db, Ingester.Loader loader)
            throws IOException {
        return Ingester.builder().root(root).loader(loader).build().ingest(db, paths);
    }

    /** Seconds for a Jena bulk loader to load {@code nq} into a new database in {@code dir}. */
    private static double jena(Path nq, Path dir, java.util.function.BiFunction<DatasetGraph,
            org.apache.jena.system.progress.MonitorOutput, DataLoader> loaderFactory) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        DataLoader loader = loaderFactory.apply(dsg, (fmt, a) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        TDBInternal.expel(dsg);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
