package org.unkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.unkg.network.NetworkGraph;
import org.unkg.store.IngestReport;
import org.unkg.store.Ingester;
import org.unkg.store.Store;
import org.unkg.store.StoreInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unkg ingest [--db DIR] [PATH...]}: extracts every file and stores each as its own named graph.
 *
 * <pre>{@code
 * unkg ingest                         # data/ into ./unkg-db
 * unkg ingest --db /srv/unkg corpus/  # folders recursively, on every core
 * }</pre>
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract every file (folders recursively, in parallel) and store each as its own named graph.",
            "A changed file's graph is replaced; an unchanged one is skipped (unread when its size and modification",
            "time match the store's record, else when its SHA-256 does).",
            "When any file was stored, the network measures (unkg network) are recomputed.",
            "Exit status: 0 all stored, 1 some files failed (each printed as FILE: reason), 2 usage error, 3 the store "
                + "is in use by another process (named; nothing changed)."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "data",
            description = "Files or folders to ingest (default: ${DEFAULT-VALUE}).")
    List<Path> paths;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Files below this folder are stored under their path relative to it, others under their "
                    + "absolute path (default: the current folder).")
    Path root;

    @picocli.CommandLine.Mixin
    FileSizeOption maxFileSize = new FileSizeOption();

    @Mixin
    FileTimeOption maxFileTime = new FileTimeOption();

    @Option(names = "--loader", paramLabel = "HOW", defaultValue = "auto",
            description = "auto, transactional or bulk. auto bulk loads a first load of many files into a new store; "
                    + "bulk only ever builds a new store (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--force", description = "Re-extract files even when unchanged (after an extractor upgrade).")
    boolean force;

    @Option(names = "--no-network", description = "Do not recompute the network measures (run unkg network later).")
    boolean noNetwork;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Ingester.Loader how = switch (loader.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> Ingester.Loader.AUTO;
            case "transactional" -> Ingester.Loader.TRANSACTIONAL;
            case "bulk" -> Ingester.Loader.BULK;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--loader must be auto, transactional or bulk, not " + loader);
        };
        var err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                // a mistyped path is a usage error: say so and leave no store behind
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        p + ": no such file or directory");
            }
        }
        store.noteLockLeftBehind(err);
        boolean bar = !quiet && System.console() != null;
        try (IngestProgress progress = new IngestProgress(err, bar)) {
            Ingester.Builder b = Ingester.builder().iris(store.iris()).root(root).loader(how).force(force)
                    .listener(progress).extractor(org.unkg.extract.Extractor.builder()
                            .reader(new org.unkg.source.SourceReader(maxFileSize.bytes()))
                            .maxFileTime(maxFileTime.duration()).build());
            if (threads != null) {
                b.threads(threads);
            }
            IngestReport r;
            try {
                r = b.build().ingest(store.db, paths);
            } catch (RuntimeException e) {
                // the bulk loader failed (a full disk): it deleted what it built, and the target is as it was
                progress.close();
                err.println(store.db + ": the ingest stopped: the store could not be written (" + reason(e) + ")");
                return Unkg.SOME_FAILED;
            }
            progress.close();
            spec.commandLine().getOut().println(r.summary());
            spec.commandLine().getOut().flush(); // the network may take minutes: the files' summary is news now
            if (r.stored() > 0 && !noNetwork) {
                if (!quiet) {
                    err.println("network: reading the citation graph and measuring it");
                    err.flush();
                }
                // a changed file may change any resolution's measures: recompute the network graph whole
                try (Store s = Store.open(store.db)) {
                    spec.commandLine().getOut().println(NetworkGraph.recompute(s.dataset()).summary());
                } catch (RuntimeException e) {
                    // a full disk: the files stored stay stored, and the measures are one command away
                    err.println(store.db + ": the network measures were not recomputed (" + e.getMessage()
                            + "); run unkg network once the store can be written");
                    return Unkg.SOME_FAILED;
                }
            }
            spec.commandLine().getOut().flush();
            return r.failed() > 0 ? Unkg.SOME_FAILED : Unkg.OK;
        } catch (StoreInUseException e) {
            return store.inUse(err, e);
        } catch (IOException e) {
            err.println(store.db + ": " + e.getMessage());
            return Unkg.SOME_FAILED;
        }
    }

    /** The I/O error under Jena's wrappers ("No space left on device"), else the exception's own message. */
    private static String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
