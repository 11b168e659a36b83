package org.unkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/** What normalization takes out of the running text, and what it keeps, with offsets intact. */
class NormalizerTest {

    private static NormalizedDocument normalize(String text, SourceFormat format) {
        return Normalizer.normalize(new SourceText("t.txt", text, format, "0"));
    }

    private static String running(NormalizedDocument d) {
        return d.lines().stream().map(Line::string).collect(Collectors.joining("\n"));
    }

    @Test
    void jobNumbersBarcodesAndRunningHeadersAreNotRunningText() {
        String text = "Recalling its resolution 46/182,\n24-23457 (E)    171224\n*2423457*\n\nA/RES/79/138\n"
                + "Safety and security of humanitarian personnel\n\n24-23457\n2/14\n\nNoting the report,\n";
        String r = running(normalize(text, SourceFormat.TEXT));
        assertFalse(r.contains("24-23457") || r.contains("*2423457*") || r.contains("2/14") || r.contains("A/RES"), r);
        assertTrue(r.contains("Recalling its resolution 46/182,") && r.contains("Noting the report,"), r);
    }

    @Test
    void anOdsRunningHeaderWithPageNumberIsNotRunningText() {
        String text = "Recalling its resolution 1267 (1999) of\n\nS/RES/1373 (2001)\nPage 2\n\n15 October 1999,\n";
        String r = running(normalize(text, SourceFormat.TEXT));
        assertFalse(r.contains("Page 2") || r.contains("S/RES/1373"), r);
    }

    @Test
    void aRunningTitleThatBreaksAfterACommaIsNotRunningText() {
        // A/RES/78/216, an odd page: four title lines, the first ending with a comma, then the symbol
        String text = "fulfilled without discrimination,\n\nImplementing the Declaration on the Right and "
                + "Responsibility of Individuals,\nGroups and Organs of Society to Promote and Protect Universally "
                + "Recognized\nHuman Rights and Fundamental Freedoms through providing a safe and\nenabling "
                + "environment for human rights defenders and ensuring their protection\nA/RES/78/216\n\n3/9\n"
                + "23-26002\n\nRecalling also resolution 68/181,\n";
        String r = running(normalize(text, SourceFormat.TEXT));
        assertFalse(r.contains("Implementing") || r.contains("Groups and Organs") || r.contains("3/9"), r);
        assertTrue(r.contains("fulfilled without discrimination,") && r.contains("Recalling also"), r);
    }

    @Test
    void aRunningHeaderReJoinedIntoOneLineIsNotRunningText() {
        String text = "Recognizing the role of sport,\n\nA/RES/78/10 Building a peaceful and better world through sport "
                + "and the Olympic ideal\n\n23-23443 2/5\n\nWelcoming the designation of 6 April,\n";
        String r = running(normalize(text, SourceFormat.TEXT));
        assertFalse(r.contains("A/RES/78/10") || r.contains("Olympic ideal") || r.contains("2/5"), r);
        assertTrue(r.contains("Recognizing the role of sport,") && r.contains("Welcoming the designation"), r);
    }

    @Test
    void aSeparatorAndAClosingLineGluedToTheTextStandOnTheirOwn() {
        String text = "Recognizing also the role of sports, __________________\n\n1  Resolution 60/1.\n\n"
                + "2. Decides to include the item in its agenda. 42nd plenary meeting 4 December 2023\n";
        NormalizedDocument d = normalize(text, SourceFormat.TEXT);
        assertEquals(1, d.footnotes().size(), running(d));
        assertEquals("Resolution 60/1.", d.footnotes().get(0).text().toString().strip());
        List<String> lines = d.lines().stream().map(Line::string).filter(s -> !s.isBlank()).toList();
        assertEquals(List.of("Recognizing also the role of sports,", "2. Decides to include the item in its agenda.",
                "42nd plenary meeting 4 December 2023"), lines);
        Line closing = d.lines().stream().filter(l -> l.string().startsWith("42nd")).findFirst().orElseThrow();
        assertEquals(text.indexOf("42nd"), closing.text().source(0), "offsets stay on the file");
    }

    @Test
    void theCouncilsOpeningAndClosingLinesGluedToTheTextStandOnTheirOwn() {
        String text = "26 (1947). Resolution of 4 June 1947 [S/368] The Security Council, Recalling its resolution "
                + "107 (1955),\n\n1. Decides to implement resolution 338 (1973). Adopted at the 2256th meeting by 14 "
                + "votes to none.\n";
        List<String> lines = normalize(text, SourceFormat.TEXT).lines().stream().map(Line::string)
                .filter(s -> !s.isBlank()).toList();
        assertEquals(List.of("26 (1947). Resolution of 4 June 1947 [S/368]", "The Security Council,",
                "Recalling its resolution 107 (1955),", "1. Decides to implement resolution 338 (1973).",
                "Adopted at the 2256th meeting by 14 votes to none."), lines);
    }

    @Test
    void aWordCutAtItsHyphenAndReJoinedWithASpaceIsWholeAgainButAHangingHyphenStays() {
        String text = "Requests the Secretary- General to support confidence- building and medium- and long-term "
                + "plans of the Inter- Agency Standing Committee;\n";
        NormalizedDocument d = normalize(text, SourceFormat.TEXT);
        String r = running(d);
        assertEquals("Requests the Secretary-General to support confidence-building and medium- and long-term plans "
                + "of the Inter-Agency Standing Committee;", r.strip());
        MappedText line = d.lines().get(0).text();
        int g = r.indexOf("General");
        assertEquals(text.indexOf("General"), line.source(g), "offsets stay on the file");
    }

    @Test
    void aFootnoteUnderASeparatorIsMovedOutAndItsMarkBecomesAToken() {
        String text = "Reaffirming the principles, as well as all relevant treaties,1 and the need,\n"
                + "_______________\n1 These include, notably, the Convention on the Safety of United Nations and\n"
                + "Associated Personnel of 9 December 1994.\n";
        NormalizedDocument d = normalize(text, SourceFormat.TEXT);
        assertEquals(1, d.footnotes().size());
        assertEquals("1", d.footnotes().get(0).number());
        assertTrue(d.footnotes().get(0).text().toString().startsWith("These include"));
        assertTrue(running(d).contains("treaties,\uE0001\uE001 and"), running(d));
    }

    @Test
    void aFootnoteDigitGluedToAYearIsAMarkNotPartOfTheYear() {
        String text = "Recalling its resolution 70/1 of 25 September 20151 entitled,\n_______________\n"
                + "1 See A/70/PV.4.\n";
        String r = running(normalize(text, SourceFormat.TEXT));
        assertTrue(r.contains("25 September 2015\uE0001\uE001 entitled"), r);
    }

    @Test
    void markdownLinksEmphasisAndSuperscriptsAreUnwrappedWithOffsetsKept() {
        String text = "*Recalling* its resolution [35/168](#) of 15 December 1980,\u00b9\n";
        NormalizedDocument d = normalize(text, SourceFormat.MARKDOWN);
        MappedText line = d.lines().get(0).text();
        assertEquals("Recalling its resolution 35/168 of 15 December 1980,\uE0001\uE001", line.toString());
        int at = line.toString().indexOf("35/168");
        assertEquals("35/168", text.substring(line.sourceStart(at), line.sourceEnd(at, at + 6)));
    }
}
