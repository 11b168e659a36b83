package org.unkg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.model.Section;

/** Which drafting verb opens a paragraph, and which governs a citation inside it. */
class VerbsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Recalling also its resolution 46/182 of 19 December 1991 | Recalling | PREAMBLE",
        "Deeply concerned at the exposure of humanitarian personnel | Concerned | PREAMBLE",
        "Bearing in mind the Charter of the United Nations | Bearing in mind | PREAMBLE",
        "Takes note of the report of the Secretary-General | Takes note | OPERATIVE",
        "Also calls upon States to consider becoming parties | Calls upon | OPERATIVE",
        "Strongly condemns all acts of violence | Condemns | OPERATIVE",
    })
    void theOpeningVerbIsTheTablePhraseWithoutItsAdverbs(String paragraph, String verb, Section section) {
        Verbs.Verb v = Verbs.standard().opening(paragraph);
        assertEquals(verb, v.phrase());
        assertEquals(section, v.section());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Welcomes the report of the Secretary-General, and reaffirms its resolution 46/182 | 46/182 | Welcomes | OPERATIVE | Reaffirms",
        "Welcomes the report of the Secretary-General on resolution 46/182 | 46/182 | Welcomes | OPERATIVE | Welcomes",
        "Recalling its resolution 56/1, in which it encouraged States, and resolution 57/27 | 57/27 | Recalling | PREAMBLE | Recalling",
        "Noting the report, and recalling its resolution 57/27 | 57/27 | Noting | PREAMBLE | Recalling",
    })
    void theVerbThatGovernsACitationIsTheLastClauseVerbBeforeIt(String paragraph, String cited, String opening,
                                                                 Section section, String expected) {
        int at = paragraph.indexOf(cited);
        assertEquals(expected, Verbs.standard().governing(paragraph, at, opening, section));
    }
}
