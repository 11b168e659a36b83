package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.fixtures.Trees;

/**
 * An ingest killed with SIGKILL at random moments, twenty times: after each kill the store opens, every document is
 * wholly there (its graph the same triples as a clean run's) or wholly absent, and re-running converges to exactly
 * the clean result. The ingest runs in another JVM ({@link Main}), in write transactions of three files.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;

    @TempDir
    Path tmp;

    /** The ingest the test kills: {@code DB ROOT FOLDER}. */
    public static final class Main {
        public static void main(String[] args) throws IOException {
            Ingester.builder().root(Path.of(args[1])).loader(Ingester.Loader.TRANSACTIONAL).batchFiles(3).threads(1)
                    .build().ingest(Path.of(args[0]), List.of(Path.of(args[2])));
        }
    }

    @Test
    void aKilledIngestLeavesEachDocumentWholeOrAbsentAndARerunConverges() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/sc"));
        try (Stream<Path> s = Files.list(Path.of("data", "sc"))) {
            for (Path p : s.sorted().limit(36).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Path clean = tmp.resolve("clean");
        assertEquals(0, ingest(clean, -1), "a clean run");
        Map<Node, Set<String>> want = StoredGraphs.of(clean);
        assertEquals(36 + 1, want.size(), "36 documents and the catalog");

        Random r = new Random(13);
        int killedMidway = 0;
        for (int k = 0; k < KILLS; k++) {
            final int i = k;
            Path db = tmp.resolve("killed-" + i);
            int rc = ingest(db, 300 + r.nextInt(2_700));
            killedMidway += rc == 137 || rc == -9 ? 1 : 0;
            if (Files.exists(db)) {
                Map<Node, Set<String>> got = StoredGraphs.of(db);
                for (var e : got.entrySet()) {
                    if (!e.getKey().getURI().startsWith("urn:")) {
                        assertTrue(e.getValue().equals(want.get(e.getKey())), () -> "kill " + i + ": " + e.getKey()
                                + " is not whole: " + StoredGraphs.difference(want.get(e.getKey()), e.getValue()));
                    }
                }
                assertEquals(0, ingest(db, -1), "kill " + i + ": the re-run");
                Map<Node, Set<String>> rerun = StoredGraphs.of(db);
                assertTrue(rerun.equals(want), () -> "kill " + i + ": the re-run converges: " + want.keySet().stream()
                        .filter(g -> !want.get(g).equals(rerun.get(g))).toList());
            }
            Trees.delete(db);
        }
        assertTrue(killedMidway >= KILLS / 2, "most kills land during the ingest: " + killedMidway);
    }

    /** Runs the ingest in its own JVM; with {@code killAfterMs} >= 0, SIGKILLs it then. Its exit status. */
    private int ingest(Path db, int killAfterMs) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), db.toString(), tmp.toString(),
                tmp.resolve("corpus").toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("ingest.log").toFile()).start();
        try {
            if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL on Linux
            }
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the ingest did not end");
            }
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }
}
