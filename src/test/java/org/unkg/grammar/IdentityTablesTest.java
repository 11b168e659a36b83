package org.unkg.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tables of a resolution's identity, row by row: every ordinal's example parses to the number it means, every
 * meeting formula's example states its meeting, every organ's opening line names it. A row whose example does not
 * read as the row says fails here, with the row's line in the table.
 */
class IdentityTablesTest {
    private static final String DATE = "(?:\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4})";

    static Stream<Table.Row> ordinals() {
        return Table.load("ordinals.tsv").rows().stream();
    }

    static Stream<Table.Row> meetingFormulas() {
        return Table.load("meeting-formulas.tsv").rows().stream();
    }

    static Stream<Table.Row> organs() {
        return Table.load("organs.tsv").rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinals")
    void everyOrdinalRowsExampleParsesToTheNumberItMeans(Table.Row row) {
        String ordinal = row.get("kind").equals("suffix") ? row.get("example").split(" ")[0]
                : firstWord(row.get("example"), row.get("word"));
        assertEquals(Integer.valueOf(row.get("means")), OrdinalWords.standard().parse(ordinal), row.toString());
        assertTrue(Pattern.compile("^(?:" + OrdinalWords.standard().word() + "|\\d+" + OrdinalWords.standard().suffix()
                + ")$").matcher(ordinal).matches(), row + ": the ordinal pattern matches " + ordinal);
        assertFalse(row.get("source").isEmpty(), row + " names its source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingFormulas")
    void everyMeetingFormulaRowsExampleStatesItsMeeting(Table.Row row) {
        MeetingFormulas f = MeetingFormulas.standard();
        String example = row.get("example");
        Integer meeting = row.get("part").startsWith("plenary") ? f.plenaryMeeting(example) : f.councilMeeting(example);
        assertEquals(Integer.valueOf(row.get("meeting")), meeting, row.toString());
        if (row.get("part").equals("manner")) {
            Matcher m = f.council().matcher(example);
            assertTrue(m.find());
            assertEquals(row.get("meaning").equals("unanimous"), f.unanimous(m.group("manner")), row + ": unanimity");
        }
        assertFalse(row.get("source").isEmpty(), row + " names its source");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organs")
    void everyOrgansOpeningLineNamesIt(Table.Row row) {
        Matcher m = OrganNames.standard().openingLine().matcher(row.get("example"));
        assertTrue(m.matches(), row.toString());
        assertEquals(row.get("name"), OrganNames.standard().name(m.group(1)).orElseThrow());
        assertFalse(OrganNames.standard().shortForms(row.get("name")).isEmpty(), row + " has a short form");
    }

    @ParameterizedTest(name = "\"{0}\" is the closing line of meeting {1}")
    @CsvSource(delimiter = '|', value = {
        "45th plenary meeting                                        | 45",  // corpus/ga/A_RES_78_100.txt
        "50th (resumed) plenary meeting                              | 50",  // corpus/ga/A_RES_78_230.txt
        "45th plenary meeting 7 December 2023                        | 45",  // the same, re-joined
        "45th plenary meeting 7 December 2023 __________________     | 45",  // re-joined with the separator
        "52nd plenary meeting,                                       | 52",
    })
    void aPlenaryClosingLineIsReadWithOrWithoutItsDate(String line, int meeting) {
        Matcher m = MeetingFormulas.standard().plenaryLine(DATE).matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(meeting, Integer.parseInt(m.group("meeting")));
    }

    @ParameterizedTest(name = "\"{0}\" is not a closing line")
    @CsvSource(delimiter = '|', value = {
        "At its 45th plenary meeting, the Assembly decided",
        "45th plenary meeting of the General Assembly, held on 7 December 2023, decided",
    })
    void aSentenceThatMentionsAMeetingIsNotAClosingLine(String line) {
        assertFalse(MeetingFormulas.standard().plenaryLine(DATE).matcher(line).matches(), line);
    }

    @Test
    void ocrDigitsOfAMeetingNumberAreRead() {
        assertEquals(3093, MeetingFormulas.number("3O93"));
        assertEquals(1520, MeetingFormulas.number("i520"));
        assertEquals(3315, MeetingFormulas.number("331 5"));
        assertNull(MeetingFormulas.standard().councilMeeting("Adopted by the General Assembly"));
    }

    /** The word of the example that holds the row's word ("Seventy-eighth" for "eighth"). */
    private static String firstWord(String example, String word) {
        for (String w : example.split("\\s+")) {
            if (w.toLowerCase(java.util.Locale.ROOT).contains(word)) {
                return w;
            }
        }
        throw new AssertionError(example + " does not hold " + word);
    }
}
