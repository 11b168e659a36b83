package org.unkg.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Scores the extractor against the hand-checked answers of {@code ../shared/gold/seeds.json}, one dynamic test per
 * seed, and asserts the thresholds of the extractor issue. Prints precision, recall and F1 per category. Each seed's
 * test also springs none of its own {@code mustNot} traps, read from the gold file (see {@link GoldTraps}).
 */
class GoldSeedsTest {
    private static JsonNode report;
    private static GoldReport scored;

    private static JsonNode gold;

    @BeforeAll
    static void extractSeeds() throws Exception {
        gold = new ObjectMapper().readTree(GoldReport.GOLD.toFile());
        String json = GoldReport.seedsReport();
        report = new ObjectMapper().readTree(json);
        scored = GoldReport.score(json);
        System.out.print(scored.table());
    }

    @TestFactory
    Stream<DynamicTest> eachSeedIsReadAsItsGoldSays() {
        return scored.files().stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> {
            assertTrue(f.badOffsets().isEmpty(), "every citation's offsets give back its text: " + f.badOffsets());
            for (String c : List.of("gaResolutions", "scResolutions", "documents")) {
                GoldScorer.Counts k = f.counts().get(c);
                assertTrue(k.missed.isEmpty() && k.spurious.isEmpty(),
                        () -> c + ": missed " + k.missed + ", spurious " + k.spurious);
            }
            // the gold's own traps, read from its mustNot sentences as score.py reads them
            assertTrue(f.traps().violations().isEmpty(), () -> "traps sprung: " + f.traps().violations());
            String own = GoldScorer.resnum(GoldScorer.text(gold(f.file()).get("resolution").get("number")));
            for (JsonNode r : GoldScorer.iter(GoldReport.find(report, f.file()).get("gaResolutions"))) {
                assertTrue(own == null || !own.equals(GoldScorer.resnum(r.get("number").asText())),
                        "its own number " + own + " is not a citation of itself");
            }
            System.out.printf(Locale.ROOT, "%s: missed bodies %s, wrong identity %s, traps %d of %d checked%n",
                    f.file(), f.missedBodies(), f.wrongIdentity(), f.traps().checked(), f.traps().entries());
        }));
    }

    @Test
    void thresholdsOfTheExtractorIssueHold() {
        for (String c : List.of("gaResolutions", "scResolutions", "documents")) {
            GoldScorer.Counts v = scored.totals().get(c);
            assertTrue(v.f1() >= 0.98, c + " F1 " + v.f1() + " missed " + v.missed + " spurious " + v.spurious);
            if (!c.equals("documents")) {
                assertEquals(v.matched, v.dateOk, c + ": a date is wrong on a matched item");
                assertEquals(v.matched, v.paraOk, c + ": paragraphs are wrong on a matched item");
            }
        }
        GoldScorer.Counts t = scored.totals().get("treaties");
        assertTrue(t.f1() >= 0.90, "treaties F1 " + t.f1() + " missed " + t.missed + " spurious " + t.spurious);
        assertTrue(scored.bodiesRecall() >= 0.90, "bodies recall " + scored.bodiesRecall());
        assertTrue(scored.identity() >= 0.95, "identity " + scored.identity());
        assertEquals(1.0, scored.offsets(), "every citation's offsets give back its text");
        assertEquals(List.of(), scored.trapViolations(), "no mustNot trap of the gold is read as a citation");
    }

    private static JsonNode gold(String file) {
        for (JsonNode g : gold.get("documents")) {
            if (g.get("file").asText().equals(file)) {
                return g;
            }
        }
        throw new AssertionError("no gold entry for " + file);
    }

    @Test
    void counterTerrorismCommitteeIsLinkedToResolution1373() {
        JsonNode e = GoldReport.find(report, "004_daac6e5e06228600.txt");
        boolean linked = false;
        for (JsonNode b : GoldScorer.iter(e.get("bodies"))) {
            if (b.get("name").asText().equals("Counter-Terrorism Committee")) {
                linked = "1373 (2001)".equals(GoldScorer.text(b.get("establishedBy")));
            }
        }
        assertTrue(linked, "the Counter-Terrorism Committee is established pursuant to resolution 1373 (2001)");
    }
}
