package org.unkg.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside scorer {@code shared/tools/score.py}, run on the JSON report the CLI prints, gives the same figures as
 * the Java gold test: the two read the contract the same way.
 */
class ScorePyAgreementTest {

    @Test
    void scorePyAndTheJavaGoldTestAgree(@TempDir Path dir) throws Exception {
        String json = GoldReport.seedsReport();
        Path report = dir.resolve("report.json");
        Files.writeString(report, json);
        Process p = new ProcessBuilder("python3", GoldReport.SHARED.resolve("tools/score.py").toString(),
                GoldReport.GOLD.toString(), report.toString(), "--json", "--src", GoldReport.SEEDS.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "score.py finished");
        assertEquals(0, p.exitValue(), "score.py ran");
        JsonNode s = new ObjectMapper().readTree(out);
        GoldReport java = GoldReport.score(json);
        JsonNode cats = s.get("categories");
        for (String c : GoldReport.CATEGORIES) {
            assertEquals(cats.get(c).get("f1").asDouble(), java.totals().get(c).f1(), 1e-9, c + " F1");
            assertEquals(cats.get(c).get("tp").asInt(), java.totals().get(c).tp, c + " true positives");
        }
        assertEquals(cats.get("bodies").get("recall").asDouble(), java.bodiesRecall(), 1e-9, "bodies recall");
        assertEquals(s.get("identity").get("accuracy").asDouble(), java.identity(), 1e-9, "identity");
        assertEquals(s.get("offsets").get("fraction").asDouble(), java.offsets(), 1e-9, "offsets");
        assertEquals(0, s.get("traps").get("violations").size(), "score.py finds no trap read as a citation");
        JsonNode traps = s.get("traps");
        assertEquals(traps.get("violations").size(), java.trapViolations().size(), "trap violations");
        assertEquals(traps.get("entries").asInt(), java.files().stream().mapToInt(f -> f.traps().entries()).sum(),
                "mustNot entries");
        assertEquals(traps.get("checked").asInt(), java.files().stream().mapToInt(f -> f.traps().checked()).sum(),
                "mustNot entries checkable");
    }
}
