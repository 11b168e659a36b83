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
