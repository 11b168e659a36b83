package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.fixtures.CliRun;

/** {@code unkg extract}, run as a user runs it: exit status, the JSON report, the error lines. */
class ExtractCommandTest {
    private static final Path SEED = Path.of("..", "shared", "seeds", "000_53c47aa551a5de29.txt");

    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.status();
    }

    @Test
    void aBadFileGetsOneErrorLineAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertEquals(0, run("extract", "--format", "json", empty.toString(), SEED.toString(), binary.toString()));
        JsonNode report = new ObjectMapper().readTree(out);
        assertEquals(3, report.size(), "one object per file, in order");
        assertTrue(report.get(0).get("error").asText().contains("empty"), out);
        assertEquals("53/97", report.get(1).get("resolution").get("number").asText());
        assertTrue(report.get(2).has("error"), out);
        assertTrue(err.contains(empty + ": ") && err.contains(binary + ": "), err);
        assertEquals(2, err.strip().split("\\R").length, "one line per failed file: " + err);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSizeAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Recalling its resolution 35/168,\n".repeat(40_000));
        assertEquals(0, run("extract", "--max-file-size", "1m", "--format", "json", big.toString(), SEED.toString()));
        assertTrue(err.contains(big + ": the file is 1.3 MB, over the limit of 1.0 MB"), err);
        assertEquals("53/97", new ObjectMapper().readTree(out).get(1).get("resolution").get("number").asText());
        assertEquals(2, run("extract", "--max-file-size", "lots", SEED.toString()), "a usage error");
    }

    @Test
    void theStatusIsNonZeroOnlyWhenEveryFileFailed(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path missing = dir.resolve("missing.txt");
        assertEquals(1, run("extract", empty.toString(), missing.toString()));
        assertEquals(2, new ObjectMapper().readTree(out).size(), "each failed file still gets its object");
    }

    @Test
    void everyFileReadExitsZero() throws Exception {
        assertEquals(0, run("extract", SEED.toString()));
        assertEquals(1, new ObjectMapper().readTree(out).size());
        assertEquals("", err);
    }

    @Test
    void turtleAndNQuadsCarryTheCitations() {
        assertEquals(0, run("extract", "--format", "turtle", SEED.toString()));
        assertTrue(out.contains("https://unkg.org/A/RES/35/168") || out.contains("A/RES/35/168"), out);
        assertEquals(0, run("extract", "--format", "nquads", SEED.toString()));
        assertTrue(out.contains("<https://unkg.org/A/RES/35/168>"), out);
        assertTrue(out.lines().allMatch(l -> l.isBlank() || l.endsWith(" .")), "N-Quads lines");
    }

    @Test
    void aFolderStandsForItsFilesInNameOrder() throws Exception {
        assertEquals(0, run("extract", SEED.getParent().toString()));
        JsonNode report = new ObjectMapper().readTree(out);
        assertEquals(5, report.size());
        assertTrue(report.get(0).get("file").asText().endsWith("000_53c47aa551a5de29.txt"));
        assertTrue(report.get(4).get("file").asText().endsWith("004_daac6e5e06228600.txt"));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("extract", "--format", "yaml", SEED.toString()));
    }
}
