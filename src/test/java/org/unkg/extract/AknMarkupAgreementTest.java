package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.cli.Unkg;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The extractor against the UN's own markup: the 78th session's resolutions read from their PDF text
 * ({@code data/ga/A_RES_78_*.txt}) and scored against the AKN4UN XML of the same resolutions
 * ({@code shared/corpus/akn/78}), as {@code shared/tools/akn_score.py} scores them. The markup links many citations,
 * not all, so this measures recall and placement, not precision.
 */
class AknMarkupAgreementTest {
    private static final Path AKN = Path.of("..", "shared", "corpus", "akn", "78");
    private static final Path GA = Path.of("data", "ga");
    private static String json;
    private static AknMarkup.Score score;

    @BeforeAll
    static void extractSession78() throws Exception {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "json"));
        try (Stream<Path> s = Files.list(GA)) {
            s.filter(p -> p.getFileName().toString().startsWith("A_RES_78_")).sorted()
                    .forEach(p -> args.add(p.toString()));
        }
        StringWriter out = new StringWriter();
        var cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), "extract runs");
        json = out.toString();
        score = AknMarkup.score(new ObjectMapper().readTree(json), List.of(AKN));
        System.out.print(score.table());
    }

    @Test
    void linkedResolutionsAndDocumentsAreFound() {
        assertTrue(score.files >= 320, "the session's resolutions are paired with their markup: " + score.files);
        // the targets of issue 8
        assertTrue(score.recall("ga") >= 0.99, "GA recall " + score.recall("ga") + misses("ga"));
        assertTrue(score.recall("sc") >= 0.99, "SC recall " + score.recall("sc") + misses("sc"));
        assertTrue(score.recall("doc") >= 0.99, "document recall " + score.recall("doc") + misses("doc"));
        assertTrue(score.recall("other") >= 0.95, "other organs' recall " + score.recall("other") + misses("other"));
    }

    @Test
    void citationsStandWhereTheMarkupPutsThem() {
        // the targets of issue 8
        assertTrue(score.section() >= 0.98, "section agreement " + score.section());
        assertTrue(score.verb() >= 0.98, "preamble verb agreement " + score.verb());
    }

    @Test
    void theScorerInJavaAgreesWithAknScorePy() throws Exception {
        AknMarkup.assertScriptAgrees(score, json, List.of(AKN));
    }

    private static String misses(String kind) {
        return "; missed: " + score.misses.stream().filter(m -> m.contains(": " + kind + " ")).limit(20).toList();
    }
}
