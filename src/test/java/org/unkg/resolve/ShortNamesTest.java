package org.unkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.extract.Extractor;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/**
 * A body named in full and then by its head alone ("the Special Committee") is one body; where the file names no
 * body, or several, that the short name could be, it stays as written. Each row: the text's paragraphs, separated
 * by '/', then the bodies found, in text order, separated by ';'.
 */
class ShortNamesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A/RES/78/100: the Special Committee on decolonization, then "Requests the Special Committee"
        "Recalling the report of the Special Committee on the Situation with regard to the Implementation of the "
                + "Declaration on the Granting of Independence to Colonial Countries and Peoples,/1. Requests the "
                + "Special Committee to continue to examine this question; "
                + "| Special Committee on the Situation with regard to the Implementation of the Declaration on the "
                + "Granting of Independence to Colonial Countries and Peoples;Special Committee on the Situation with "
                + "regard to the Implementation of the Declaration on the Granting of Independence to Colonial "
                + "Countries and Peoples",
        // A/RES/78/209: the Subregional Centre, then "Welcomes the Centre's efforts"
        "Taking note of the report on the Subregional Centre for Human Rights and Democracy in Central Africa,/1. "
                + "Welcomes the Centre’s efforts to reinforce the documentation; "
                + "| Subregional Centre for Human Rights and Democracy in Central Africa;Subregional Centre for Human "
                + "Rights and Democracy in Central Africa",
        // two Special Committees in one file: the short name could be either, so it stays
        "Recalling the reports of the Special Committee on Peacekeeping Operations and of the Special Committee on "
                + "the Charter of the United Nations and on the Strengthening of the Role of the Organization,/1. "
                + "Requests the Special Committee to continue its work; "
                + "| Special Committee on Peacekeeping Operations;Special Committee on the Charter of the United "
                + "Nations and on the Strengthening of the Role of the Organization;the Special Committee",
        // S/RES/36 (1947): a name that pairs two bodies is not the full name of either
        "Recalling the report of the Committee of Good Offices and the Consular Commission,/1. Requests the "
                + "Committee of Good Offices to continue its work; "
                + "| Committee of Good Offices and the Consular Commission;the Committee of Good Offices",
        // no full name in the file
        "Recalling its resolution 77/1,/1. Requests the Special Committee to continue its work; "
                + "| the Special Committee",
    })
    void aShortNameIsTheFullNameTheFileGaveIt(String paragraphs, String expected) {
        String text = "The General Assembly,\n\n" + String.join("\n\n", paragraphs.split("/")) + "\n";
        List<String> bodies = EXTRACTOR.extract(new SourceText("row.txt", text, SourceFormat.TEXT, "0")).citations()
                .stream().filter(c -> c.kind() == CitationKind.BODY).map(Citation::target).toList();
        assertEquals(List.of(expected.split(";")), bodies);
    }
}
