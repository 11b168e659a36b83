package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Unkg;
import org.unkg.fixtures.CliRun;

/**
 * The store's lock, as left by other processes. A process that had the store open and was SIGKILLed leaves its
 * process id in TDB2's {@code tdb.lock}: the next command opens the store, says it took the lock over, and works. A
 * process that is still running keeps the store: the command says which process, exits 3, and changes nothing.
 */
class StaleLockTest {
    @TempDir
    Path tmp;

    private Path db;
    private Path first;
    private Path second;

    /** Holds the store open in another JVM until killed: {@code DB}. Prints "open" once it holds it. */
    public static final class Hold {
        public static void main(String[] args) throws Exception {
            try (Store s = Store.open(Path.of(args[0]))) {
                System.out.println("open " + s.location());
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }

    @BeforeEach
    void storeWithOneFile() throws IOException {
        db = tmp.resolve("db");
        first = Files.copy(Path.of("data/sc/S_RES_100_1953.txt"), Files.createDirectories(tmp.resolve("a"))
                .resolve("S_RES_100_1953.txt"));
        second = Files.copy(Path.of("data/sc/S_RES_101_1953.txt"), Files.createDirectories(tmp.resolve("b"))
                .resolve("S_RES_101_1953.txt"));
        assertEquals(Unkg.OK, ingest(first).status());
        assertTrue(StoreLock.holder(db).isEmpty(), "a store closed cleanly leaves no process id in its lock file");
    }

    @Test
    void aLockLeftByAKilledProcessIsTakenOverWithAMessageAndTheIngestGoesOn() throws Exception {
        Process holder = hold();
        long pid = holder.pid();
        holder.destroyForcibly(); // SIGKILL: TDB2 gets no chance to close
        assertTrue(holder.waitFor(1, TimeUnit.MINUTES));
        assertEquals(pid, StoreLock.holder(db).orElse(-1), "the killed process's id is left in tdb.lock");

        CliRun r = ingest(second);
        assertEquals(Unkg.OK, r.status(), r.err());
        assertTrue(r.err().contains(db + ": taking over the lock of process " + pid + ", which ended without closing"),
                r.err());
        try (Store s = Store.open(db)) {
            assertEquals(Set.of("a/S_RES_100_1953.txt", "b/S_RES_101_1953.txt"), s.sources().keySet());
        }
        assertTrue(StoreLock.holder(db).isEmpty());
        assertFalse(ingest(second).err().contains("taking over"), "said once, not on every later run");
    }

    @Test
    void aStoreHeldByALiveProcessIsRefusedNamingItWithStatus3AndNothingChanges() throws Exception {
        Set<String> before = StoredGraphs.quads(db);
        Process holder = hold();
        try {
            for (CliRun r : List.of(ingest(second), CliRun.of("remove", "--db", db.toString(), "--root",
                    tmp.toString(), first.toString()), CliRun.of("query", "--db", db.toString(),
                    "ASK { ?s ?p ?o }"))) {
                assertEquals(Unkg.STORE_IN_USE, r.status(), r.err());
                List<String> lines = r.err().lines().toList();
                assertEquals(1, lines.size(), r.err());
                assertTrue(lines.get(0).startsWith(db + ": the store is in use by process " + holder.pid() + " ("),
                        lines.get(0));
                assertTrue(lines.get(0).contains("nothing was changed"), lines.get(0));
            }
        } finally {
            holder.destroy();
            holder.waitFor(1, TimeUnit.MINUTES);
        }
        assertEquals(before, StoredGraphs.quads(db), "the refused commands changed nothing");
    }

    private CliRun ingest(Path file) {
        return CliRun.of("ingest", "--db", db.toString(), "-q", "--no-network", "--root", tmp.toString(),
                file.toString());
    }

    /** Starts {@link Hold} on the store and waits until it holds it. */
    private Process hold() throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Hold.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("open ")) {
            p.destroyForcibly();
            throw new IllegalStateException("the holding process did not open the store: " + line);
        }
        return p;
    }
}
