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
                // A/RES/78/147 and 75/222: an Assembly-form number whose date is years from that Assembly session
                // is another organ's (here the regional commission's, named before it)
                row("Noting also the adoption, by the Economic and Social Commission for Asia and the Pacific at its "
                        + "seventy-ninth session, of resolution 79/8 of 19 May 2023 on the Aral Sea basin,",
                        other(null, "79/8").on("2023-05-19")),
                // a date a year off is a misprint or a misattached date: still the Assembly's number, date dropped
                row("Recalling its resolution 77/8 of 1 December 2023,", ga("77/8")),
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
                        body("United Nations Office on Drugs and Crime")),
                // lists as real resolutions write them: subjects, titles and what the resolution did between numbers
                row("Recalling its resolutions 72/241 of 20 December 2017 on a world against violence and violent "
                        + "extremism, 73/285 of 2 April 2019 on combating terrorism and other acts of violence based on "
                        + "religion or belief, and 77/318 of 25 July 2023 on promoting interreligious dialogue,",
                        ga("72/241").on("2017-12-20"), ga("73/285").on("2019-04-02"), ga("77/318").on("2023-07-25")),
                row("Recalling its resolutions 66/288 of 27 July 2012, entitled \u201cThe future we want\u201d, and 68/223 "
                        + "of 20 December 2013,", ga("66/288").on("2012-07-27"), ga("68/223").on("2013-12-20")),
                row("Recalling its resolutions 65/151 of 20 December 2010 on the International Year of Sustainable "
                        + "Energy for All and 67/215 of 21 December 2012, in which it decided to declare 2014\u20132024 the "
                        + "Decade,", ga("65/151").on("2010-12-20"), ga("67/215").on("2012-12-21")),
                row("Recalling its resolutions 35/46 of 3 December 1980, 36/87 A and B of 9 December 1981 and 37/75 of "
                        + "9 December 1982,", ga("35/46").on("1980-12-03"), ga("36/87 A").on("1981-12-09"),
                        ga("36/87 B").on("1981-12-09"), ga("37/75").on("1982-12-09")),
                row("Recalling its resolutions 36/117 A of 10 December 1981 and 51/211 A to C of 18 December 1996,",
                        ga("36/117 A").on("1981-12-10"), ga("51/211 A").on("1996-12-18"), ga("51/211 B"), ga("51/211 C")),
                row("Recalling its resolutions 42/211 of 21 December 1987, 45/248 B, section VI, of 21 December 1990, "
                        + "55/231 of 23 December 2000 and 59/276, section XI, of 23 December 2004,",
                        ga("42/211").on("1987-12-21"), ga("45/248 B").on("1990-12-21"), ga("55/231").on("2000-12-23"),
                        ga("59/276").on("2004-12-23")),
                row("Recalling its resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250, sect. III,",
                        ga("52/214"), ga("57/283 B"), ga("58/250")),
                row("Recalling its resolutions 1874 (S-IV) of 27 June 1963, 3101 (XXVIII) of 11 December 1973 and "
                        + "55/235 of 23 December 2000,", ga("1874 (S-IV)").on("1963-06-27"),
                        ga("3101 (XXVIII)").on("1973-12-11"), ga("55/235").on("2000-12-23")),
                row("Recalling its resolution ES-10/21 of 12 December 2023,", ga("ES-10/21").on("2023-12-12")),
                // the Assembly and the Council named together: each number is the organ's its form says (A/RES/76/305)
                row("Reaffirming General Assembly and Security Council resolutions 60/180 and 1645 (2005) of "
                        + "20 December 2005, 70/262 and 2282 (2016) of 27 April 2016,", ga("60/180").on("2005-12-20"),
                        sc("1645 (2005)").on("2005-12-20"), ga("70/262").on("2016-04-27"),
                        sc("2282 (2016)").on("2016-04-27")),
                // what a resolution's annex holds stands between two numbers of a list (A/RES/77/106)
                row("Recalling its resolutions 61/36 of 4 December 2006, the annex to which contains the text of the "
                        + "principles, and 62/68 of 6 December 2007, the annex to which contains the text of the "
                        + "articles on prevention, as well as 65/28 of 6 December 2010,", ga("61/36").on("2006-12-04"),
                        ga("62/68").on("2007-12-06"), ga("65/28").on("2010-12-06")),
                // what a resolution proclaimed or declared stands between two numbers of a list (A/RES/77/296)
                row("Recalling its resolutions 76/254 of 15 March 2022 proclaiming 15 March the International Day to "
                        + "Combat Islamophobia, 77/243 of 20 December 2022 declaring 12 February the International Day "
                        + "for the Prevention of Violent Extremism and 77/32 of 6 December 2022 declaring 2023 the "
                        + "International Year of Dialogue as a Guarantee of Peace,", ga("76/254").on("2022-03-15"),
                        ga("77/243").on("2022-12-20"), ga("77/32").on("2022-12-06")),
                // a special-session series is no part letter of the number before it (A/RES/78/316, footnote 2)
                row("Resolutions ES-11/1, ES-11/2, ES-11/4 and ES-11/6.", ga("ES-11/1"), ga("ES-11/2"), ga("ES-11/4"),
                        ga("ES-11/6")),
                row("Recalling resolutions S-26/2 of 27 June 2001, S-27/2 of 10 May 2002 and 73/2,",
                        ga("S-26/2").on("2001-06-27"), ga("S-27/2").on("2002-05-10"), ga("73/2")),
                // other organs' resolutions stay theirs through a clause
                row("Recalling also all relevant Human Rights Council resolutions on the topic, including resolutions "
                        + "19/11 of 22 March 2012 and 31/14 of 23 March 2016,",
                        other("Human Rights Council", "19/11"), other("Human Rights Council", "31/14")),
                row("Noting the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010,",
                        other("Human Rights Council", "14/7")),
                row("Taking note of Human Rights Council resolution A/HRC/RES/52/1,", other("Human Rights Council", "52/1")),
                row("Taking note of resolution 5/12 of 2 March 2022 of the United Nations Environment Assembly,",
                        other("United Nations Environment Assembly", "5/12")),
                row("Recalling United Nations Environment Assembly resolution UNEP/EA.5/Res.14,",
                        other("United Nations Environment Assembly", "5/14"), doc("UNEP/EA.5/Res.14")),
                // documents: joint symbols, parts, volumes, sections, every series
                row("Taking note of the report (A/70/95-S/2015/446),", doc("A/70/95"), doc("S/2015/446")),
                row("Having considered the reports (A/78/15 (Part I) and A/78/15 (Part II)),",
                        doc("A/78/15 (Part I)"), doc("A/78/15 (Part II)")),
                row("Having considered the budget (A/78/6 (Sect. 3)/Add.1) and the accounts (A/78/5 (Vol. III)),",
                        doc("A/78/6 (Sect. 3)/Add.1"), doc("A/78/5 (Vol. III)")),
                row("Recalling the Final Document (NPT/CONF.2000/28 (Parts I and II)) and NPT/CONF.1995/32 (Part I)/Corr.2,",
                        doc("NPT/CONF.2000/28 (Parts I and II)"), doc("NPT/CONF.1995/32 (Part I)/Corr.2")),
                row("Noting the decisions (CTOC/COP/2020/10, CAC/COSP/2021/17, ICCD/COP(15)/23/Add.1 and TPNW/MSP/2022/6),",
                        doc("CTOC/COP/2020/10"), doc("CAC/COSP/2021/17"), doc("ICCD/COP(15)/23/Add.1"),
                        doc("TPNW/MSP/2022/6")));
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
