package org.unkg.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every row of the citation grammar's tables is proved by its own example, and says where it comes from. */
class GrammarTablesTest {
    private static final Pattern NUMBER = Pattern.compile(ResolutionNumbers.NUMBER);

    @TestFactory
    Stream<DynamicTest> eachNumberFormReadsItsExampleToItsNormalForm() {
        return ResolutionNumbers.formsTable().rows().stream().map(r -> DynamicTest.dynamicTest(r.get("form")
                + ": " + r.get("example"), () -> {
                    assertFalse(r.get("source").isEmpty(), "a source");
                    assertTrue(r.get("example").matches(r.get("pattern")), "the row's own pattern reads its example");
                    Matcher m = NUMBER.matcher("resolution " + r.get("example") + " of");
                    assertTrue(m.find() && m.group().equals(r.get("example")), "the compiled grammar reads it whole");
                    assertEquals(r.get("normal"), ResolutionNumbers.normalize(r.get("example")));
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachPartJoinerSpreadsItsExampleIntoParts() {
        return Table.load("part-letters.tsv").rows().stream().map(r -> DynamicTest.dynamicTest(r.get("example"), () -> {
            assertFalse(r.get("source").isEmpty(), "a source");
            Matcher m = Pattern.compile("(" + ResolutionNumbers.NUMBER + ")(" + ResolutionNumbers.MORE_PARTS + ")")
                    .matcher(r.get("example"));
            assertTrue(m.matches(), "the grammar reads the whole example");
            List<String> parts = ResolutionNumbers.parts(m.group(1), m.group(2));
            int expected = r.get("meaning").equals("range")
                    ? r.get("example").charAt(r.get("example").length() - 1) - 'A' + 1
                    : (int) Pattern.compile("\\b[A-Z]\\b").matcher(r.get("example")).results().count();
            assertEquals(expected, parts.size(), parts.toString());
        }));
    }

    @Test
    void partLettersNeverSwallowWords() {
        Matcher m = Pattern.compile("(" + ResolutionNumbers.NUMBER + ")(" + ResolutionNumbers.MORE_PARTS + ")")
                .matcher("resolution 59/276 A and Corr.1");
        assertTrue(m.find());
        assertEquals(List.of("59/276 A"), ResolutionNumbers.parts(m.group(1), m.group(2)));
        assertEquals(-1, ResolutionNumbers.gaSession("1874 (S-IV)"), "a special session has its own count");
        assertEquals(25, ResolutionNumbers.gaSession("2625 (XXV)"));
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentSeriesReadsItsExample() {
        return DocumentSymbols.seriesTable().rows().stream().map(r -> DynamicTest.dynamicTest(r.get("series"), () -> {
            assertFalse(r.get("source").isEmpty(), "a source");
            String ex = r.get("example");
            if (ex.isEmpty()) {
                return; // a series of the UN's list not yet seen in the corpus: nothing to read
            }
            Matcher m = DocumentSymbols.SYMBOL.matcher("see " + ex + ", and");
            assertTrue(m.find(), "a symbol is found");
            assertEquals(ex, m.group(1), "the whole symbol");
            if (!r.get("resolutions").isEmpty() && ex.matches(".*/(?:RES/|Res\\.).*")) {
                assertEquals(r.get("resolutions"), DocumentSymbols.resolution(ex).orElseThrow().organ());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentQualifierBelongsToItsSymbol() {
        return DocumentSymbols.qualifiersTable().rows().stream().map(r -> DynamicTest.dynamicTest(r.get("example"),
                () -> {
                    assertFalse(r.get("source").isEmpty(), "a source");
                    String ex = r.get("example");
                    Matcher m = DocumentSymbols.SYMBOL.matcher(ex);
                    assertTrue(m.find());
                    Matcher q = DocumentSymbols.QUALIFIER.matcher(ex.substring(m.end()));
                    assertTrue(q.lookingAt(), "the bracket is read");
                    assertEquals(ex.length(), m.end() + q.end(), "to the end of the example");
                    assertEquals(m.group(1), DocumentSymbols.wholeOf(ex).orElseThrow(), "a part of its document");
                }));
    }

    @Test
    void aPartOfADocumentBelongsToTheDocumentBeforeItsBracket() {
        assertEquals("A/CONF.157/24", DocumentSymbols.wholeOf("A/CONF.157/24 (Part I)").orElseThrow());
        assertEquals("NPT/CONF.1995/32", DocumentSymbols.wholeOf("NPT/CONF.1995/32 (Part I)/Corr.2").orElseThrow());
        assertTrue(DocumentSymbols.wholeOf("A/61/119/Add.1").isEmpty(), "an addendum is a document of its own");
        assertTrue(DocumentSymbols.wholeOf("E/CN.15/2004/8").isEmpty());
    }

    @Test
    void aJointSymbolIsTwoDocuments() {
        assertEquals(2, DocumentSymbols.split("A/69/711-S/2015/1").size());
        assertEquals(1, DocumentSymbols.split("A/ES-10/273").size(), "a hyphen inside an element is no joint");
        assertEquals("52/1", DocumentSymbols.resolution("A/HRC/RES/52/1").orElseThrow().number());
        assertTrue(DocumentSymbols.resolution("GC.18/Res.9").isEmpty(), "a series without resolutions keeps documents");
    }

    @TestFactory
    Stream<DynamicTest> eachBodyHeadEndsItsExampleAsItsSourcePrintsIt() {
        return BodyHeads.table().rows().stream().map(r -> DynamicTest.dynamicTest(r.get("word"), () -> {
            String ex = r.get("example");
            assertTrue(ex.endsWith(r.get("word")) || ex.contains(r.get("word") + " "), "the example has the head");
            String src = r.get("source");
            java.nio.file.Path file = src.startsWith("seed ")
                    ? java.nio.file.Path.of("data", "seeds", src.substring(5))
                    : java.nio.file.Path.of("data", src.substring("corpus/".length()));
            String text = java.nio.file.Files.readString(file).replaceAll("\\s+", " ");
            assertTrue(text.contains(ex), file + " prints " + ex);
            boolean adopting = Pattern.compile("^(?:" + BodyHeads.adopting() + ")$").matcher(r.get("word")).find();
            assertEquals(r.get("adopts").equals("yes"), adopting, "heads a name with resolutions of its own");
            assertEquals(r.get("body").equals("yes") && !r.get("word").contains(" "),
                    BodyHeads.words().contains(r.get("word")));
        }));
    }

    @Test
    void aTableNeedsAVersionAndAHeader() {
        var bad = new java.io.BufferedReader(new java.io.StringReader("a\tb\n1\t2\n"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Table.read("bad.tsv", bad));
    }
}
