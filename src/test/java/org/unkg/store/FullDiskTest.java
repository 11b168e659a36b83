package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills during an ingest: the files whose write fails each get one {@code FILE: reason} line naming the
 * store as the cause, the store stays readable with every document whole or absent and nothing stored before
 * changed, and once there is space again a re-run converges to exactly the clean result.
 *
 * <p>The full disk is the ingest's own: it runs in another JVM under {@code ulimit -f} (RLIMIT_FSIZE, which binds
 * root too), with SIGXFSZ ignored, so a write that would grow a store file past the limit fails with EFBIG ("File
 * too large") as a write to a full disk fails with ENOSPC. No mount, no root needed.
 */
class FullDiskTest {
    private static final int FILES = 18;

    @TempDir
    Path tmp;

    /** The ingest under the limit: {@code DB ROOT FOLDER}, in write transactions of three files. */
    public static final class Main {
        public static void main(String[] args) {
            int failed;
            try {
                failed = ingester(Path.of(args[1]), r -> {
                    if (r.status() == FileResult.Status.FAILED) {
                        System.out.println(r);
                    }
                }).ingest(Path.of(args[0]), List.of(Path.of(args[2]))).failed();
            } catch (IOException e) {
                System.out.println(args[0] + ": " + e.getMessage());
                failed = 1;
            } catch (RuntimeException e) {
                e.printStackTrace(System.out);
                failed = 1;
            }
            System.exit(failed > 0 ? 1 : 0);
        }

        static Ingester ingester(Path root, IngestListener listener) {
            return Ingester.builder().root(root).loader(Ingester.Loader.TRANSACTIONAL).batchFiles(3).threads(1)
                    .listener(listener).build();
        }
    }

    @Test
    void aWriteThatRunsOutOfSpaceFailsClearlyLeavesTheStoreWholeAndARerunConverges() throws Exception {
        List<Path> sc;
        try (Stream<Path> s = Files.list(Path.of("data", "sc"))) {
            sc = s.sorted().limit(FILES).toList();
        }
        Path first = copy(sc.subList(0, 6), "first/sc");
        Path more = copy(sc.subList(6, FILES), "more/sc");

        Path clean = tmp.resolve("clean");
        assertEquals(0, ingestHere(clean, first));
        assertEquals(0, ingestHere(clean, more));
        Map<Node, Set<String>> want = StoredGraphs.of(clean);
        assertEquals(FILES + 1, want.size(), "the documents and the catalog");

        Path db = tmp.resolve("db");
        assertEquals(0, ingestHere(db, first));
        Map<Node, Set<String>> before = StoredGraphs.of(db);

        Run full = ingestUnderLimit(db, more, roomFor(db));
        assertNotEquals(0, full.status(), full.output());
        List<String> lines = full.output().lines().toList();
        assertFalse(lines.isEmpty(), "the files that were not stored are named");
        for (String line : lines) {
            assertTrue(line.matches(".*/more/sc/S_RES_\\w+\\.txt: not stored: the store could not be written "
                    + "\\(File too large\\).*"), line);
        }

        Map<Node, Set<String>> after = StoredGraphs.of(db);
        for (var e : before.entrySet()) {
            if (!e.getKey().getURI().startsWith("urn:")) {
                assertEquals(e.getValue(), after.get(e.getKey()), "stored before the disk filled: " + e.getKey());
            }
        }
        int whole = 0;
        for (var e : after.entrySet()) {
            if (!e.getKey().getURI().startsWith("urn:")) {
                assertTrue(e.getValue().equals(want.get(e.getKey())), () -> e.getKey() + " is not whole: "
                        + StoredGraphs.difference(want.get(e.getKey()), e.getValue()));
                whole++;
            }
        }
        assertTrue(whole < FILES, "the disk filled before the end: " + whole + " documents stored");
        try (Store s = Store.open(db)) {
            assertEquals(whole, s.sources().size(), "the catalog lists exactly the documents stored");
        }

        assertEquals(0, ingestHere(db, more), "the re-run once there is space");
        Map<Node, Set<String>> rerun = StoredGraphs.of(db);
        assertTrue(rerun.equals(want), () -> "the re-run converges: " + want.keySet().stream()
                .filter(g -> !want.get(g).equals(rerun.get(g))).toList());
    }

    @Test
    void aFirstLoadThatRunsOutOfSpaceSaysSoAndLeavesNothingBehind() throws Exception {
        List<Path> sc;
        try (Stream<Path> s = Files.list(Path.of("data", "sc"))) {
            sc = s.sorted().limit(6).toList();
        }
        Path folder = copy(sc, "first/sc");
        Path db = tmp.resolve("db");
        // the bulk loader's new store maps its indexes in 8 MB segments: a 1 MB limit stops it at once
        Run full = run(List.of("org.unkg.cli.Unkg", "ingest", "--db", db.toString(), "--loader", "bulk", "-q",
                "--no-network", "--root", tmp.toString(), folder.toString()), 1024);
        assertEquals(1, full.status(), full.output());
        assertEquals(List.of(db + ": the ingest stopped: the store could not be written (File too large)"),
                full.output().lines().filter(l -> !l.startsWith("OpenJDK")).toList());
        assertFalse(Store.holdsData(db), "nothing is left in the target");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".db.loading")).toList(),
                    "nothing half-built is left beside it");
        }
        assertEquals(0, ingestHere(db, folder), "the re-run once there is space");
        try (Store s = Store.open(db)) {
            assertEquals(6, s.sources().size());
        }
    }

    /** A file-size limit, in KiB, a little above the store's growing files: room for a few of the next files. */
    private static long roomFor(Path db) throws IOException {
        long largest = 0;
        try (Stream<Path> s = Files.walk(db)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                long size = Files.size(f);
                // TDB2 maps its indexes in 8 MB segments, so those files are at full size already; the node data
                // grows by appending, and is what a full disk stops
                if (size < 1024 * 1024) {
                    largest = Math.max(largest, size);
                }
            }
        }
        return largest / 1024 + 8;
    }

    private Path copy(List<Path> files, String folder) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        for (Path p : files) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        return dir.getParent();
    }

    /** What the ingest printed, and its exit status. */
    private record Run(int status, String output) {
    }

    /** Runs {@link Main}'s ingest in this JVM, with space enough; its failed files. */
    private int ingestHere(Path db, Path folder) throws IOException {
        return Main.ingester(tmp, IngestListener.NONE).ingest(db, List.of(folder)).failed();
    }

    /** Runs {@link Main} in its own JVM, where no file it writes may grow past {@code limitKib}. */
    private Run ingestUnderLimit(Path db, Path folder, long limitKib) throws Exception {
        return run(List.of(Main.class.getName(), db.toString(), tmp.toString(), folder.toString()), limitKib);
    }

    /** Runs a main class with its arguments in its own JVM, where no file it writes may grow past {@code limitKib}. */
    private Run run(List<String> mainAndArgs, long limitKib) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path")));
        java.addAll(mainAndArgs);
        // bash's ulimit -f counts KiB; the JVM is exec'd, so the limit and the ignored signal carry over
        List<String> command = new ArrayList<>(List.of("bash", "-c", "trap '' XFSZ; ulimit -f \"$0\" && exec \"$@\"",
                Long.toString(limitKib)));
        command.addAll(java);
        // output through a pipe: a file would itself be under the limit
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the ingest did not end");
            }
            return new Run(p.exitValue(), out);
        } finally {
            p.destroyForcibly();
        }
    }
}
