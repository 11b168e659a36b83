package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store is made beside its folder and moved into place whole: a process killed while TDB2 makes its files
 * leaves the folder absent, and what it left beside it is cleared by the next open.
 */
class NewStoreTest {

    @Test
    void aNewStoreIsMadeWholeAndLeavesNothingBesideIt(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            assertTrue(Store.holdsData(db));
        }
        assertEquals(List.of("db"), names(tmp));
        try (Store again = Store.open(db)) {
            assertTrue(Store.holdsData(again.location()));
        }
    }

    @Test
    void whatAKilledCreationLeftBesideTheStoreIsClearedAndTheStoreIsMade(@TempDir Path tmp) throws Exception {
        // a process that died while making the store: its half-made files beside an absent target
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path left = tmp.resolve(".db.creating-" + dead.pid());
        Files.createDirectories(left.resolve("Data-0001"));
        Files.writeString(left.resolve("Data-0001").resolve("nodes.dat"), "half");
        Path db = tmp.resolve("db");
        assertFalse(Files.exists(db));
        try (Store s = Store.open(db)) {
            assertTrue(Store.holdsData(db));
        }
        assertEquals(List.of("db"), names(tmp));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
