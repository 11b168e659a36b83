package org.unkg.recognize;

import org.unkg.grammar.ResolutionNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The versioned tables the recognizer reads: well formed, each name naming one thing. */
class KnowledgeTablesTest {

    @Test
    void everyBodyNameAndAbbreviationNamesOneBody() {
        assertNamesAreUnique(BodyFinder.TABLE);
    }

    @Test
    void everyTreatyNameNamesOneTreaty() {
        assertNamesAreUnique(TreatyFinder.TABLE);
    }

    @Test
    void establishingResolutionsAreWrittenInTheirNormalForm() {
        for (NameTable.Row r : BodyFinder.TABLE.rows()) {
            String by = r.extra(0);
            if (by != null) {
                assertEquals(ResolutionNumbers.normalize(by), by, r.name());
                assertTrue(ResolutionNumbers.isSecurityCouncil(by) || ResolutionNumbers.gaSession(by) > 0,
                        r.name() + ": " + by + " is a Council or Assembly number");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bodies.tsv", "treaties.tsv"})
    void everyRowSaysWhereItsFactsComeFrom(String table) {
        NameTable t = NameTable.load(table);
        int sourceColumn = table.equals("bodies.tsv") ? 1 : 3;
        for (NameTable.Row r : t.rows()) {
            assertNotNull(r.extra(sourceColumn), r.name() + " has a source");
        }
    }

    /** A name is written out ("Human Rights Council"); an abbreviation is capitals, digits and joiners ("UN-Women"). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bodies.tsv", "treaties.tsv"})
    void everyNameAndAbbreviationParses(String table) {
        for (NameTable.Row r : NameTable.load(table).rows()) {
            for (String n : concat(r)) {
                assertEquals(n.strip(), n, r.name() + ": no white space around \"" + n + "\"");
                assertTrue(n.matches("(?:the )?[A-Z0-9\u00C0-\u024F][^;\t]*"), r.name() + ": \"" + n + "\" opens a name");
                assertEquals(n.chars().filter(c -> c == '(').count(), n.chars().filter(c -> c == ')').count(),
                        r.name() + ": brackets of \"" + n + "\" balance");
                if (!n.matches(".*\\p{Ll}.*")) {
                    assertTrue(n.matches("[A-Z][A-Z0-9]*(?:[-/ ][A-Za-z0-9]+)*"), r.name() + ": \"" + n + "\" is an abbreviation");
                }
            }
        }
    }

    @Test
    void everyClashingAbbreviationIsOneTheBodiesTableKeeps() {
        for (String a : BodyFinder.CLASHES) {
            assertNotNull(BodyFinder.TABLE.lookup(a), a);
        }
    }

    @Test
    void noTwoTreatiesShareATreatySeriesReference() {
        Map<String, String> seen = new HashMap<>();
        for (NameTable.Row r : TreatyFinder.TABLE.rows()) {
            if (r.extra(1) != null && r.extra(2) != null) {
                String before = seen.put("vol. " + r.extra(2) + ", No. " + r.extra(1), r.name());
                assertTrue(before == null, r.name() + " and " + before + " share vol. " + r.extra(2) + ", No. " + r.extra(1));
            }
        }
    }

    @Test
    void treatyDatesAreIsoDatesAndTreatySeriesFieldsAreNumbers() {
        for (NameTable.Row r : TreatyFinder.TABLE.rows()) {
            if (r.extra(0) != null) {
                assertNotNull(LocalDate.parse(r.extra(0)), r.name());
            }
            for (int i = 1; i <= 2; i++) {
                String v = r.extra(i);
                assertTrue(v == null || v.matches("\\d+"), r.name() + ": " + v);
            }
        }
    }

    @Test
    void aNameIsFoundWhateverItsCaseOfTheAndSpacing() {
        assertEquals("United Nations Office on Drugs and Crime", BodyFinder.TABLE.lookup("UNODC").name());
        assertEquals("Charter of the United Nations", TreatyFinder.TABLE.lookup("the  Charter").name());
        assertEquals("Counter-Terrorism Committee", BodyFinder.TABLE.lookup("the Counter-Terrorism Committee").name());
    }

    private static void assertNamesAreUnique(NameTable table) {
        Map<String, String> seen = new HashMap<>();
        for (NameTable.Row r : table.rows()) {
            for (String n : concat(r)) {
                String before = seen.put(NameTable.key(n), r.name());
                assertTrue(before == null || before.equals(r.name()), n + " names both " + before + " and " + r.name());
            }
        }
    }

    private static List<String> concat(NameTable.Row r) {
        List<String> all = new java.util.ArrayList<>(r.altNames());
        all.add(r.name());
        return all;
    }
}
