package org.unkg.emit.rdf;

import static org.unkg.emit.rdf.SeedText.FOOTNOTE;
import static org.unkg.emit.rdf.SeedText.HEADING;
import static org.unkg.emit.rdf.SeedText.OPERATIVE;
import static org.unkg.emit.rdf.SeedText.PREAMBLE;
import static org.unkg.emit.rdf.SeedText.body;
import static org.unkg.emit.rdf.SeedText.bodyEstablishedBy;
import static org.unkg.emit.rdf.SeedText.d;
import static org.unkg.emit.rdf.SeedText.document;
import static org.unkg.emit.rdf.SeedText.ga;
import static org.unkg.emit.rdf.SeedText.sc;
import static org.unkg.emit.rdf.SeedText.treaty;

import java.util.List;

import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Organ;

/**
 * Hand-built extractions of four seeds, with the values of {@code ../shared/gold/seeds.json} and offsets found in
 * the real texts: what the extractor should give once it is merged. A subset of each seed's citations, chosen to
 * exercise the model: citations by number and with cited paragraphs, documents in footnotes, treaties, bodies
 * with abbreviations and with the resolution that established them.
 */
final class Seeds {
    static final String DIPLOMATIC_TITLE = "Consideration of effective measures to enhance the protection, security "
            + "and safety of diplomatic and consular missions and representatives";

    private Seeds() {
    }

    static List<Extraction> all() {
        return List.of(seed000(), seed001(), seed002(), seed004());
    }

    /** 53/97 (1998): text from a PDF, no footnote text; cites 35/168, and paragraphs 9 and 12 of 42/154. */
    static Extraction seed000() {
        SeedText t = SeedText.read("000_53c47aa551a5de29.txt", "text");
        t.cite(body("Secretary-General"), "Secretary-General").section(PREAMBLE).verb("Having considered");
        t.cite(treaty("Charter of the United Nations"), "Charter of the United Nations")
                .section(PREAMBLE).verb("Convinced");
        t.cite(body("Security Council"), "Security Council").section(PREAMBLE).verb("Welcoming");
        t.cite(ga("35/168").date(d("1980-12-15")), "resolution 35/168 of 15 December 1980")
                .section(PREAMBLE).verb("Convinced");
        t.cite(ga("42/154").date(d("1987-12-07")).citedParagraphs(List.of("9")),
                "paragraph 9 of resolution 42/154 of 7 December 1987").section(OPERATIVE).paragraph("11")
                .verb("Requests");
        t.cite(ga("42/154").citedParagraphs(List.of("12")), "paragraph 12 of resolution 42/154")
                .section(OPERATIVE).paragraph("12").verb("Requests");
        return t.extraction(Identity.builder(Organ.GENERAL_ASSEMBLY).number("53/97").session(53)
                .adopted(d("1998-12-08")).plenaryMeeting(83).title(DIPLOMATIC_TITLE).build());
    }

    /** The 2006 resolution whose text gives no symbol (it is 61/31): GA, session 61, 64th plenary. */
    static Extraction seed001() {
        SeedText t = SeedText.read("001_faa796daa4996361.txt", "text");
        t.cite(body("Secretary-General"), "Secretary-General").section(PREAMBLE).verb("Having considered");
        t.cite(document("A/61/119"), "A/61/119").section(FOOTNOTE).paragraph("1");
        t.cite(document("A/61/119/Add.1"), "Add.1").section(FOOTNOTE).paragraph("1");
        t.cite(document("A/61/119/Add.2"), "2").section(FOOTNOTE).paragraph("1");
        t.cite(ga("35/168").date(d("1980-12-15")), "resolution 35/168 of 15 December 1980")
                .section(PREAMBLE).verb("Convinced");
        t.cite(document("A/42/485"), "A/42/485").section(FOOTNOTE).paragraph("2");
        return t.extraction(Identity.builder(Organ.GENERAL_ASSEMBLY).session(61).adopted(d("2006-12-04"))
                .plenaryMeeting(64).build());
    }

    /** 77/108 (2022): markdown with links; adopted on the report of the Sixth Committee. */
    static Extraction seed002() {
        SeedText t = SeedText.read("002_146c61c5e406aab9.txt", "markdown");
        t.cite(body("Sixth Committee"), "Sixth Committee").section(HEADING);
        t.cite(document("A/77/420"), "A/77/420").section(HEADING);
        t.cite(document("A/77/208"), "A/77/208").section(FOOTNOTE).paragraph("1");
        t.cite(ga("35/168").date(d("1980-12-15")), "resolution [35/168](#) of 15 December 1980")
                .section(PREAMBLE).verb("Convinced");
        return t.extraction(Identity.builder(Organ.GENERAL_ASSEMBLY).number("77/108").session(77)
                .adopted(d("2022-12-07")).plenaryMeeting(47).title(DIPLOMATIC_TITLE).agendaItem("82")
                .mainCommittee("Sixth Committee").committeeReport("A/77/420").distributed(d("2022-12-19")).build());
    }

    /** 59/153 (2004): an ODS dump; the Counter-Terrorism Committee, established pursuant to 1373 (2001). */
    static Extraction seed004() {
        SeedText t = SeedText.read("004_daac6e5e06228600.txt", "ods");
        t.cite(sc("1373 (2001)").date(d("2001-09-28")), "1373 (2001) of 28 September 2001")
                .section(PREAMBLE).verb("Recalling");
        t.cite(ga("56/1").date(d("2001-09-12")), "resolution 56/1 of 12 September 2001")
                .section(PREAMBLE).verb("Recalling also");
        t.cite(body("United Nations Office on Drugs and Crime", "UNODC"), "United Nations Office on Drugs and Crime")
                .section(PREAMBLE).verb("Recalling");
        t.cite(sc("1373 (2001)"), "resolution 1373 (2001)").section(PREAMBLE).verb("Recalling");
        t.cite(bodyEstablishedBy("Counter-Terrorism Committee", "1373 (2001)", "CTC"), "Counter-Terrorism Committee")
                .section(PREAMBLE).verb("Recalling");
        t.cite(treaty("Charter of the United Nations"), "Charter of the United Nations")
                .section(PREAMBLE).verb("Reaffirming");
        t.cite(sc("1373 (2001)"), "Security Council resolution 1373 (2001)").section(OPERATIVE).paragraph("3")
                .verb("Welcomes");
        t.cite(document("E/CN.15/2004/8"), "E/CN.15/2004/8").section(FOOTNOTE).paragraph("3");
        return t.extraction(Identity.builder(Organ.GENERAL_ASSEMBLY).number("59/153").session(59)
                .adopted(d("2004-12-20")).plenaryMeeting(74).agendaItem("96").mainCommittee("Third Committee")
                .committeeReport("A/59/494").distributed(d("2005-02-01")).build());
    }
}
