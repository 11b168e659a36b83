package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unkg.extract.Cited.body;
import static org.unkg.extract.Cited.decision;
import static org.unkg.extract.Cited.doc;
import static org.unkg.extract.Cited.ga;
import static org.unkg.extract.Cited.other;
import static org.unkg.extract.Cited.sc;
import static org.unkg.extract.Cited.treaty;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.model.Extraction;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/**
 * One row per citation form, written as real resolutions write them: the sentence stands as a preamble paragraph of
 * a General Assembly (or Security Council) resolution, and the row lists what must be cited, and nothing else of
 * the kinds it names.
 */
class CitationFormsTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    static Stream<Arguments> assemblySentences() {
        return Stream.of(
                row("Recalling its resolution 35/168 of 15 December 1980,", ga("35/168").on("1980-12-15")),
                row("Reaffirming its resolution 46/182 of 19 December 1991 on the strengthening of the coordination,",
                        ga("46/182").on("1991-12-19")),
                row("Recalling its resolutions 58/136 and 58/140 of 22 December 2003, in which it encouraged,",
                        ga("58/136").on("2003-12-22"), ga("58/140").on("2003-12-22")),
                row("Recalling its resolution 2625 (XXV) of 24 October 1970, the annex to which contains the Declaration,",
                        ga("2625 (XXV)").on("1970-10-24")),
                row("Recalling the Universal Declaration of Human Rights, adopted by resolution 217 A (III),",
                        ga("217 A (III)")),
                row("Recalling resolutions 22 A (I) of 13 February 1946 and 179 (II) of 21 November 1947,",
                        ga("22 A (I)").on("1946-02-13"), ga("179 (II)").on("1947-11-21")),
                row("Recalling its resolution ES-10/2 of 25 April 1997,", ga("ES-10/2").on("1997-04-25")),
                row("Recalling resolution S-26/2 of 27 June 2001, containing the Declaration of Commitment,",
                        ga("S-26/2").on("2001-06-27")),
                row("Recalling Security Council resolution 1373 (2001) of 28 September 2001,",
                        sc("1373 (2001)").on("2001-09-28")),
                row("Recalling Security Council resolutions 1267 (1999), 1333 (2000) and 1390 (2002),",
                        sc("1267 (1999)"), sc("1333 (2000)"), sc("1390 (2002)")),
                row("Recalling Security Council resolutions 1269 (1999) of 19 October 1999, 1373 (2001) of "
                        + "28 September 2001 and 1456 (2003) of 20 January 2003,", sc("1269 (1999)").on("1999-10-19"),
                        sc("1373 (2001)").on("2001-09-28"), sc("1456 (2003)").on("2003-01-20")),
                row("Requests all States to report in accordance with paragraph 9 of resolution 42/154 of "
                        + "7 December 1987,", ga("42/154").on("1987-12-07").paragraphs("9")),
                row("Recalling paragraphs 3 to 5 of its resolution 60/1 of 16 September 2005,",
                        ga("60/1").on("2005-09-16").paragraphs("3", "4", "5")),
                row("Recalling also Human Rights Council resolution 5/1 of 18 June 2007,",
                        other("Human Rights Council", "5/1")),
                row("Recalling Economic and Social Council resolution 1996/31 of 25 July 1996,",
                        other("Economic and Social Council", "1996/31")),
                row("Recalling its decision 55/488 of 7 September 2001,", decision("General Assembly", "55/488")),
                row("Having considered the report of the Secretary-General (A/61/119 and Add.1 and 2),",
                        doc("A/61/119"), doc("A/61/119/Add.1"), doc("A/61/119/Add.2")),
                row("Taking note of the guidelines (E/CN.15/2004/8, annex I) and the letter (S/2004/276, annex),",
                        doc("E/CN.15/2004/8"), doc("S/2004/276")),
                row("Having considered the draft resolution (A/79/L.32),", doc("A/79/L.32")),
                row("Noting the Legislative Guide (United Nations publication, Sales No. E.04.V.7),"),
                row("Noting the Convention on the Safety of United Nations and Associated Personnel of 9 December 1994,",
                        treaty("Convention on the Safety of United Nations and Associated Personnel").on("1994-12-09")),
                row("Welcoming the work of the United Nations Office on Drugs and Crime (UNODC),",
                        body("United Nations Office on Drugs and Crime")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assemblySentences")
    void assemblyResolutionCitesWhatTheSentenceCites(String sentence, List<Cited> expected) {
        Extraction x = extract("The General Assembly,\n\n" + sentence + "\n\n1. Decides to remain seized of the matter.\n"
                + "\n80th plenary meeting\n8 December 2005\n");
        assertCites(x, expected);
    }

    static Stream<Arguments> councilSentences() {
        return Stream.of(
                row("1. Reaffirms its resolution 186 (1964) of 4 March 1964 and its subsequent resolutions;",
                        sc("186 (1964)").on("1964-03-04")),
                row("Recalling its resolutions 425 (1978) and 426 (1978) of 19 March 1978,",
                        sc("425 (1978)").on("1978-03-19"), sc("426 (1978)").on("1978-03-19")),
                row("Recalling its resolutions 1267 (1999) of 15 October 1999 and 1390 (2002) of 16 January 2002,",
                        sc("1267 (1999)").on("1999-10-15"), sc("1390 (2002)").on("2002-01-16")),
                row("Recalling General Assembly resolution 2625 (XXV) of 24 October 1970,",
                        ga("2625 (XXV)").on("1970-10-24")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councilSentences")
    void councilResolutionCitesWhatTheSentenceCites(String sentence, List<Cited> expected) {
        Extraction x = extract("Resolution 1500 (2003)\nof 14 August 2003\n\nThe Security Council,\n\n" + sentence
                + "\n\n2. Decides to remain seized of the matter.\n\nAdopted unanimously at the 4808th meeting.\n");
        assertCites(x, expected);
    }

    private static Arguments row(String sentence, Cited... expected) {
        return Arguments.of(sentence, List.of(expected));
    }

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(new SourceText("row.txt", text, SourceFormat.TEXT, "0"));
    }

    /** Every expected citation is there, and no other citation of a kind the row speaks of (bodies aside). */
    private static void assertCites(Extraction x, List<Cited> expected) {
        for (Cited e : expected) {
            assertTrue(x.citations().stream().anyMatch(e::matches), () -> "expected " + e + " in " + x.citations());
        }
        for (Citation c : x.citations()) {
            assertEquals(c.text(), x.text().substring(c.start(), c.end()), "offsets give back the quoted text");
            if (c.kind() == CitationKind.BODY || c.kind() == CitationKind.TREATY && expected.isEmpty()) {
                continue;
            }
            boolean wanted = expected.stream().anyMatch(e -> e.matches(c));
            boolean sameKindExpected = expected.stream().anyMatch(e -> e.kind == c.kind());
            assertTrue(wanted || !sameKindExpected && c.kind() != CitationKind.GA_RESOLUTION
                    && c.kind() != CitationKind.SC_RESOLUTION && c.kind() != CitationKind.DOCUMENT,
                    () -> "unexpected " + c.kind() + " " + c.target() + " (" + c.text() + ")");
        }
    }
}
