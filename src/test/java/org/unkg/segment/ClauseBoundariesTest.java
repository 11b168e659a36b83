package org.unkg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Section;
import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.Normalizer;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/**
 * Where a clause ends in text pulled from the UN's PDFs: printed lines of real resolutions (session 78), with the
 * paragraphs, sections and verbs the UN's own markup gives them.
 */
class ClauseBoundariesTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                // A/RES/78/100: a comma and a footnote mark end the clause; the next line's verb opens the next
                Arguments.of("""
                        Having examined the report of the Special Committee on the Situation with
                        regard to the Implementation of the Declaration for 2023,1
                        Recalling its resolution 1514 (XV) of 14 December 1960,

                        1. Approves the activities;
                        __________________
                        1 Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 23 (A/78/23).
                        """, List.of("PREAMBLE Having examined", "PREAMBLE Recalling", "OPERATIVE Approves")),
                // A/RES/78/143: a mark the normalizer cannot place ("Agenda 21,3") still ends the clause
                Arguments.of("""
                        Taking into account chapter 17 of Agenda 21,3
                        Reaffirming its resolution 70/1 of 25 September 2015,

                        1. Takes note of the report;
                        """, List.of("PREAMBLE Taking into account", "PREAMBLE Reaffirming", "OPERATIVE Takes note")),
                // A/RES/78/229: the verb as printed, adverb and all
                Arguments.of("""
                        Deeply concerned about the impact of crime on development,

                        1. Urges Member States to act;
                        """, List.of("PREAMBLE Deeply concerned", "OPERATIVE Urges")),
                // A/RES/78/161: a verb-shaped word outside the table does not open the operative part
                Arguments.of("""
                        Recognizing the contribution of local communities and
                        Indigenous Peoples, and nations,

                        Recalling its resolution 71/178 of 19 December 2016,

                        1. Takes note of the note by the Secretary-General;
                        """, List.of("PREAMBLE Recognizing", "PREAMBLE Recalling", "OPERATIVE Takes note")),
                // A/RES/78/187 and 78/145: after a comma, a line that opens with a verb-shaped word outside the
                // table ("Suppress", "Honduras") goes on with the clause
                Arguments.of("""
                        Recalling the United Nations Convention against Transnational Organized Crime and the
                        Protocol to Prevent,
                        Suppress and Punish Trafficking in Persons, Especially Women and Children,
                        Recalling the outcomes of the Forum held in La Ceiba,
                        Honduras, the outcomes adopted at the 126th meeting,

                        1. Takes note of the report;
                        """, List.of("PREAMBLE Recalling", "PREAMBLE Recalling", "OPERATIVE Takes note")),
                // S/RES/108 (1955), re-joined: the preamble's clauses on one line, each opening with its capital
                Arguments.of("""
                        Recalling its resolution 107 (1955) of 30 March 1955, Having received the report of the Chief of Staff, Noting with grave concern the discontinuance of the talks,

                        1. Notes with approval the acceptance by both parties;
                        """, List.of("PREAMBLE Recalling", "PREAMBLE Having received", "PREAMBLE Noting",
                        "OPERATIVE Notes")),
                // A/RES/78/247: a resolution in parts; from the first part on, the body
                Arguments.of("""
                        I
                        Activities of the Office of Internal Oversight Services


                        Recalling its resolutions 48/218 B of 29 July 1994 and 54/244 of 23 December 1999,

                        1. Takes note of the report;

                        II
                        Activities of the Independent Audit Advisory Committee


                        Recalling its resolution 60/248 of 23 December 2005,
                        """, List.of("OPERATIVE null", "OPERATIVE Recalling", "OPERATIVE Takes note", "OPERATIVE null",
                        "OPERATIVE Recalling")));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void eachClauseIsOneParagraphWithItsVerb(String body, List<String> expected) {
        SegmentedDocument s = Segmenter.segment(Normalizer.normalize(new SourceText("row.txt",
                "The General Assembly,\n\n" + body + "\n80th plenary meeting\n8 December 2023\n", SourceFormat.TEXT,
                "0")));
        List<String> got = s.passages().stream()
                .filter(p -> p.section() == Section.PREAMBLE || p.section() == Section.OPERATIVE)
                .map(p -> p.section() + " " + p.verb()).toList();
        assertEquals(expected, got, () -> "passages: " + s.passages().stream()
                .map(p -> p.section() + " | " + FootnoteMark.strip(p.text().toString())).toList());
        assertTrue(s.passages().stream().noneMatch(p -> p.section() == Section.PREAMBLE
                && p.text().toString().contains("Recalling") && !p.text().toString().startsWith("Recalling")),
                "no clause runs into the next");
    }
}
