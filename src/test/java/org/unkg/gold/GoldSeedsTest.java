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
 * seed, and asserts the thresholds of the extractor issue. Prints precision, recall and F1 per category.
 */
class GoldSeedsTest {
    private static JsonNode report;
    private static GoldReport scored;

    @BeforeAll
    static void extractSeeds() throws Exception {
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
            System.out.printf(Locale.ROOT, "%s: missed bodies %s, wrong identity %s%n", f.file(), f.missedBodies(),
                    f.wrongIdentity());
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
    }

    @Test
    void noTrapIsReadAsACitation() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GoldReport.GOLD.toFile());
        for (JsonNode g : gold.get("documents")) {
            JsonNode e = GoldReport.find(report, g.get("file").asText());
            String own = GoldScorer.text(g.get("resolution").get("number"));
            for (JsonNode r : GoldScorer.iter(e.get("gaResolutions"))) {
                String n = r.get("number").asText();
                assertTrue(!n.equals(own), g.get("file") + ": its own number " + own + " is not a citation");
                assertTrue(!List.of("15/200", "4/8").contains(n), "parts of E/CN.15/2004/8 are not resolutions");
            }
            for (JsonNode d : GoldScorer.iter(e.get("documents"))) {
                String s = d.asText();
                assertTrue(!s.equals("E.04.V.7") && !s.contains("N0448544") && !s.equals("04-48544")
                        && !s.equals("A/RES/" + own), g.get("file") + ": " + s + " is not a cited document");
            }
            for (JsonNode t : GoldScorer.iter(e.get("treaties"))) {
                String n = t.get("name").asText();
                assertTrue(!n.contains("Declaration") && !n.startsWith("Pact"), n + " is not a treaty");
            }
            for (JsonNode b : GoldScorer.iter(e.get("bodies"))) {
                assertTrue(!b.get("name").asText().contains("Saving Lives Together"), "a framework is not a body");
            }
        }
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
