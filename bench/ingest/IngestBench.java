import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.unkg.network.NetworkGraph;
import org.unkg.store.IngestReport;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/**
 * Times {@code unkg ingest} of a corpus against Jena's own TDB2 bulk loaders loading the same quads.
 *
 * <pre>
 * java -cp target/unkg.jar bench/ingest/IngestBench.java [--runs N] [--threads N] [--root DIR] [--skip tx,parallel] [PATH...]
 * </pre>
 *
 * It works on a copy of the corpus (file times kept, names unchanged), so that one file can be changed. First,
 * untimed, it ingests the corpus once (which also warms the JIT and the file cache) and writes the store's quads to
 * an N-Quads file. Then, N times each, in alternation, into fresh directories: unkg's ingest as the CLI runs it on a
 * new store (auto: the bulk path), followed on that store by the network recompute, a re-ingest of the unchanged
 * corpus and a re-ingest with one text file changed (then changed back); unkg's ingest forced through write
 * transactions; and Jena's phased and parallel loaders reading the N-Quads file. It prints the median of each and
 * the ratios. unkg's times include reading and extracting every file; Jena's only parse the N-Quads.
 */
public class IngestBench {

    /** unkg's extraction threads; 0: the ingest's default, one per core. */
    private static int threads;

    public static void main(String[] args) throws Exception {
        int runs = 5;
        Path given = Path.of("..").toAbsolutePath().normalize();
        List<Path> asGiven = new ArrayList<>();
        Set<String> skip = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--root" -> given = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--skip" -> skip.addAll(List.of(args[++i].split(",")));
                default -> asGiven.add(Path.of(args[i]));
            }
        }
        if (asGiven.isEmpty()) {
            asGiven = List.of(Path.of("../shared/corpus"), Path.of("../shared/seeds"));
        }
        Path work = Files.createTempDirectory("unkg-bench");
        try {
            System.out.printf(Locale.ROOT, "corpus: %s, root %s, %d cores, %d runs each%n", asGiven, given,
                    Runtime.getRuntime().availableProcessors(), runs);
            // a copy, with the files' times, under the same names: one file of it is changed and changed back
            Path root = work.resolve("root");
            List<Path> paths = new ArrayList<>();
            for (Path p : asGiven) {
                paths.add(copy(given, p, root));
            }
            Path changed = firstText(paths);
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
            double[] network = new double[runs];
            double[] unchanged = new double[runs];
            double[] oneFile = new double[runs];
            double[] oneFileNetwork = new double[runs];
            double[] tx = new double[runs];
            double[] phased = new double[runs];
            double[] parallel = new double[runs];
            String autoLoader = "";
            byte[] original = Files.readAllBytes(changed);
            FileTime originalTime = Files.getLastModifiedTime(changed);
            for (int r = 0; r < runs; r++) {
                Path db = work.resolve("auto-" + r);
                IngestReport a = ingest(root, paths, db, Ingester.Loader.AUTO);
                auto[r] = a.seconds();
                autoLoader = a.loader();
                network[r] = network(db);
                // what `unkg ingest` does again on the same corpus: the network only when a file was stored
                IngestReport u = ingest(root, paths, db, Ingester.Loader.AUTO);
                unchanged[r] = u.seconds() + (u.stored() > 0 ? network(db) : 0);
                System.out.printf(Locale.ROOT, "  re-ingest unchanged: %s%n", u.summary());
                Files.write(changed, (new String(original, StandardCharsets.UTF_8)
                        + "\n\nRecalling its resolution 1/1 of 24 January 1946,\n").getBytes(StandardCharsets.UTF_8));
                IngestReport c = ingest(root, paths, db, Ingester.Loader.AUTO);
                oneFile[r] = c.seconds();
                oneFileNetwork[r] = c.stored() > 0 ? network(db) : 0;
                System.out.printf(Locale.ROOT, "  one file changed: %s%n", c.summary());
                Files.write(changed, original);
                Files.setLastModifiedTime(changed, originalTime);
                tx[r] = skip.contains("tx") ? Double.NaN
                        : ingest(root, paths, work.resolve("tx-" + r), Ingester.Loader.TRANSACTIONAL).seconds();
                phased[r] = jena(nq, work.resolve("phased-" + r), LoaderFactory::phasedLoader);
                parallel[r] = skip.contains("parallel") ? Double.NaN
                        : jena(nq, work.resolve("parallel-" + r), LoaderFactory::parallelLoader);
                System.out.printf(Locale.ROOT, "run %d: unkg auto %.2f s (+ network %.2f s), re-ingest unchanged "
                        + "%.3f s, one file changed %.2f s (+ network %.2f s), unkg transactional %.2f s, "
                        + "jena phased %.2f s, jena parallel %.2f s%n", r + 1, auto[r], network[r], unchanged[r],
                        oneFile[r], oneFileNetwork[r], tx[r], phased[r], parallel[r]);
                for (String d : List.of("auto-", "tx-", "phased-", "parallel-")) {
                    delete(work.resolve(d + r));
                }
            }
            double ma = median(auto);
            double mn = median(network);
            double mu = median(unchanged);
            double mo = median(oneFile);
            double mon = median(oneFileNetwork);
            double mt = median(tx);
            double mp = median(phased);
            double mq = median(parallel);
            System.out.printf(Locale.ROOT, "median: unkg ingest (%s) %.2f s (network recomputed after it %.2f s); "
                    + "unkg transactional %.2f s; jena phased loader %.2f s; jena parallel loader %.2f s%n",
                    autoLoader, ma, mn, mt, mp, mq);
            System.out.printf(Locale.ROOT, "median: re-ingest unchanged %.3f s; one file changed %.2f s + network "
                    + "%.2f s (%s)%n", mu, mo, mon, root.relativize(changed));
            System.out.printf(Locale.ROOT, "ratio unkg ingest / jena phased loader: %.2f%n", ma / mp);
            System.out.printf(Locale.ROOT, "ratio unkg transactional / jena phased loader: %.2f%n", mt / mp);
            System.out.printf(Locale.ROOT, "ratio unkg ingest / jena parallel loader: %.2f%n", ma / mq);
            System.out.printf(Locale.ROOT, "ratio re-ingest unchanged / first ingest: %.4f%n", mu / ma);
            System.out.printf(Locale.ROOT, "ratio one file changed (with network) / first ingest: %.4f "
                    + "(without network %.4f)%n", (mo + mon) / ma, mo / ma);
        } finally {
            delete(work);
        }
    }

    /** Seconds to recompute the network graph of the store in {@code db}. */
    private static double network(Path db) throws IOException {
        try (Store s = Store.open(db)) {
            return NetworkGraph.recompute(s.dataset()).seconds();
        }
    }

    /** Copies {@code p} (a file or folder named relative to {@code from}) under {@code to}, keeping file times. */
    private static Path copy(Path from, Path p, Path to) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path target = to.resolve(from.relativize(abs).toString());
        try (Stream<Path> s = Files.walk(abs)) {
            for (Path f : s.toList()) {
                Path t = target.resolve(abs.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    /** The first text file of the corpus by name: the one the incremental measurement changes. */
    private static Path firstText(List<Path> paths) throws IOException {
        List<Path> texts = new ArrayList<>();
        for (Path p : paths) {
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(f -> f.toString().endsWith(".txt")).forEach(texts::add);
            }
        }
        return texts.stream().min(Comparator.naturalOrder())
                .orElseThrow(() -> new IOException("no .txt file in " + paths + " to change"));
    }

    private static IngestReport ingest(Path root, List<Path> paths, Path db, Ingester.Loader loader)
            throws IOException {
        Ingester.Builder b = Ingester.builder().root(root).loader(loader);
        if (threads > 0) {
            b.threads(threads);
        }
        return b.build().ingest(db, paths);
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
        if (Double.isNaN(s[0])) {
            return Double.NaN;
        }
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
