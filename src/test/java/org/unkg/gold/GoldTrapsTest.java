package org.unkg.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trap reader reads the gold's {@code mustNot} sentences as {@code score.py} does (rows: the real entries of
 * {@code seeds.json} and what score.py's trap_identifiers, negated_kinds and trap_subjects make of them), and a trap
 * sprung on a made-up gold entry is caught: the gold test can fail.
 */
class GoldTrapsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', value = {
        "53/97 in the title line is the resolution's own number, not a citation of itself | 53/97",
        "15/200 and 4/8 inside E/CN.15/2004/8 are not resolutions                  | 15/200;4/8;E/CN.15/2004/8",
        "E.04.V.7 is a sales number, not a document symbol                         | E.04.V.7",
        "N0448544E and 04-48544 are ODS job numbers, not document symbols          | N0448544E;04-48544",
        "Pact for the Future is resolution 79/1, not a treaty                      | 79/1",
        "the Counter-Terrorism Committee is established pursuant to 1373 (2001): a correct graph links the body to "
                + "that resolution                                                    | 1373 (2001)",
        "59/153 in the title line and A/RES/59/153 in the ODS trailer and page furniture are the resolution's own "
                + "number and symbol, not citations of itself                        | 59/153;A/RES/59/153",
        "Saving Lives Together framework is not a body                             | ''",
    })
    void anEntryNamesTheIdentifiersScorePyFindsInIt(String entry, String ids) {
        List<String> expected = ids.isEmpty() ? List.of() : Arrays.asList(ids.split(";"));
        assertEquals(expected, GoldTraps.identifiers(entry));
    }

    @ParameterizedTest(name = "\"{0}\" rules out {1}")
    @CsvSource(delimiter = '|', value = {
        "53/97 in the title line is the resolution's own number, not a citation of itself | decisions;documents;"
                + "gaResolutions;scResolutions",
        "15/200 and 4/8 inside E/CN.15/2004/8 are not resolutions  | gaResolutions;otherResolutions;scResolutions",
        "E.04.V.7 is a sales number, not a document symbol         | documents",
        "Saving Lives Together framework is not a body             | bodies",
        "Moscow, Brasilia and Stockholm Declarations are not treaties | treaties",
        "the Counter-Terrorism Committee is established pursuant to 1373 (2001) | ''",
    })
    void anEntryRulesOutTheKindsItNegates(String entry, String kinds) {
        Set<String> expected = kinds.isEmpty() ? Set.of() : Set.of(kinds.split(";"));
        assertEquals(expected, GoldTraps.negatedKinds(entry));
    }

    @Test
    void anEntryAboutTwoNamedThingsHasEachAsASubject() {
        assertEquals(List.of("the Vienna Declaration on Crime and Justice and the Vienna Declaration of 12 March 2004",
                "Vienna Declaration on Crime and Justice", "Vienna Declaration of 12 March 2004"),
                GoldTraps.subjects("the Vienna Declaration on Crime and Justice and the Vienna Declaration of 12 "
                        + "March 2004 are not treaties"));
    }

    @Test
    void aTrapSprungOnAMadeUpGoldEntryIsCaught() throws Exception {
        JsonNode gold = JSON.readTree("""
                {"file": "x.txt", "gaResolutions": ["59/153"], "bodies": [], "treaties": [],
                 "mustNot": ["15/200 and 4/8 inside E/CN.15/2004/8 are not resolutions",
                             "E.04.V.7 is a sales number, not a document symbol",
                             "Saving Lives Together framework is not a body",
                             "the Vienna Declaration on Crime and Justice and the Vienna Declaration of \
                12 March 2004 are not treaties",
                             "59/153 in the title line is the resolution's own number, not a citation of itself"]}
                """);
        JsonNode ext = JSON.readTree("""
                {"file": "x.txt", "gaResolutions": [{"number": "15/200"}, {"number": "59/153"}],
                 "documents": [], "bodies": [{"name": "Saving Lives Together"}],
                 "treaties": [{"name": "Vienna Declaration on Crime and Justice: Meeting the Challenges"}],
                 "citations": [{"kind": "document", "target": "E.04.V.7"}]}
                """);
        GoldTraps.Result r = GoldTraps.check(gold, ext);
        List<String> sprung = r.violations().stream().map(v -> v.trap() + " as " + v.kind()).toList();
        assertEquals(List.of("15/200 as gaResolutions", "E.04.V.7 as documents",
                "Saving Lives Together framework as bodies",
                "the Vienna Declaration on Crime and Justice and the Vienna Declaration of 12 March 2004 as treaties"),
                sprung, "each trap the extraction walked into, and 59/153 not: the gold itself lists it");
        assertEquals(5, r.entries());
    }

    @Test
    void aFailedExtractionSpringsNoTrapButItsEntriesStillCount() throws Exception {
        JsonNode gold = JSON.readTree("""
                {"mustNot": ["E.04.V.7 is a sales number, not a document symbol",
                             "the Counter-Terrorism Committee is established pursuant to 1373 (2001)"]}
                """);
        GoldTraps.Result r = GoldTraps.check(gold, null);
        assertTrue(r.violations().isEmpty());
        assertEquals(1, r.checked(), "the sales number can be checked; a sentence that negates nothing cannot");
        assertEquals(2, r.entries());
    }
}
