package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.fixtures.CliRun;
import org.unkg.store.Store;

/**
 * {@code --max-file-seconds}: one file that takes too long gets one {@code FILE: reason} line and the run goes on.
 * The slow inputs are hostile, not timed: a named pipe nobody writes to (reading it never ends), and a 5 MB text
 * under a limit of a millisecond.
 */
class FileTimeLimitTest {
    private static final String STOPPED = "reading and extracting took longer than %s s, stopped (--max-file-seconds)";

    @TempDir
    Path tmp;

    @Test
    void aFileThatNeverDeliversIsStoppedWithOneLineAndTheOthersAreExtracted() throws Exception {
        Path good = Files.copy(Path.of("data/sc/S_RES_100_1953.txt"), tmp.resolve("S_RES_100_1953.txt"));
        Path pipe = tmp.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        try {
            // a guard against a hang, which is what this limit prevents; not a measure of time
            CliRun r = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CliRun.of("extract", "--format", "json",
                    "--max-file-seconds", "2", pipe.toString(), good.toString()));
            assertEquals(Unkg.OK, r.status(), r.err());
            assertEquals(List.of(pipe + ": " + STOPPED.formatted("2")), r.err().lines().toList());
            assertTrue(r.out().contains("\"symbol\" : \"S/RES/100 (1953)\""), r.out());
        } finally {
            release(pipe);
        }
    }

    @Test
    void aSlowFileIsStoppedInAnIngestAndWhatWasStoredStays() throws Exception {
        Path db = tmp.resolve("db");
        Path good = Files.copy(Path.of("data/sc/S_RES_100_1953.txt"), tmp.resolve("S_RES_100_1953.txt"));
        assertEquals(Unkg.OK, ingest(db, "60", good).status());
        String paragraph = Files.readString(Path.of("data/sc/S_RES_101_1953.txt"), StandardCharsets.UTF_8);
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, paragraph.repeat(5 * 1024 * 1024 / paragraph.length() + 1), StandardCharsets.UTF_8);

        CliRun r = ingest(db, "0.001", big);
        assertEquals(Unkg.SOME_FAILED, r.status(), r.err());
        assertEquals(List.of(big + ": " + STOPPED.formatted("0.001")), r.err().lines().toList());
        assertTrue(r.out().startsWith("1 files: 0 stored, 0 skipped, 1 failed"), r.out());
        try (Store s = Store.open(db)) {
            assertEquals(Set.of("S_RES_100_1953.txt"), s.sources().keySet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "soon", "1e9"})
    void aLimitThatIsNotATimeIsAUsageError(String value) {
        CliRun r = CliRun.of("extract", "--max-file-seconds", value, "data/sc/S_RES_100_1953.txt");
        assertEquals(Unkg.USAGE, r.status());
        assertTrue(r.err().contains("--max-file-seconds must be"), r.err());
    }

    private CliRun ingest(Path db, String seconds, Path file) {
        return CliRun.of("ingest", "--db", db.toString(), "-q", "--no-network", "--root", tmp.toString(),
                "--max-file-seconds", seconds, file.toString());
    }

    /** Opens the pipe for writing and closes it, so that the reader still waiting on it reads an end and ends. */
    private static void release(Path pipe) {
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.flush();
            } catch (IOException e) {
                // nobody reading: nothing to release
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
