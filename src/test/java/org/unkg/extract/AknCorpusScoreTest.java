package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The XML reader against the markup it reads: every AKN4UN file of sessions 74–78 extracted, then scored by the
 * rules of {@code shared/tools/akn_score.py} ({@link AknMarkup}). The citations are found by the same recognizer
 * as in every other format, in the text content; the links are only the check.
 *
 * <p>Section and verb agreement are asserted where the markup counts one citation once: it sometimes cuts one
 * citation into several links ({@code <a>2334</a><a> </a><a>(2016)</a>}), which {@code akn_score.py} counts as
 * three links wanting three citations; the per-link figures are printed and held at a floor.
 */
class AknCorpusScoreTest {
    private static AknMarkup.Score score;

    @BeforeAll
    static void score() throws Exception {
        score = AknMarkup.score(AknCorpus.report(), AknCorpus.SESSIONS);
        System.out.print(score.table());
    }

    @Test
    void everyResolutionOfSessions74To78IsPairedWithItsMarkup() {
        assertEquals(1636, score.files);
    }

    @Test
    void aknScorePyGivesTheSameFigures() throws Exception {
        AknMarkup.assertScriptAgrees(score, new ObjectMapper().writeValueAsString(AknCorpus.report()),
                AknCorpus.SESSIONS);
    }

    @Test
    void linkedResolutionsAndDocumentsAreFoundInTheTextContent() {
        assertTrue(score.recall("ga") >= 0.99, "GA recall " + score.recall("ga"));
        assertTrue(score.recall("sc") >= 0.99, "SC recall " + score.recall("sc"));
        assertTrue(score.recall("doc") >= 0.99, "document recall " + score.recall("doc"));
    }

    @Test
    void citationsStandInTheSectionAndUnderTheVerbOfTheMarkup() {
        assertTrue(score.sectionByMention() >= 0.99, "section agreement " + score.sectionByMention());
        assertTrue(score.verbByMention() >= 0.99, "preamble verb agreement " + score.verbByMention());
        // per link, as akn_score.py counts (a citation cut into three links counts three): floors measured 2026-11-30
        assertTrue(score.section() >= 0.975, "section agreement per link " + score.section());
        assertTrue(score.verb() >= 0.97, "preamble verb agreement per link " + score.verb());
    }
}
