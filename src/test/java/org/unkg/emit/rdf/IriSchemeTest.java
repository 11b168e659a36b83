package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Treaty;

/** The IRI rules of {@code ontology/README.md}, row by row. */
class IriSchemeTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);

    static Stream<Arguments> rules() {
        return Stream.of(
                row("GA resolution by symbol", i -> i.resolution("A/RES/53/97"), "A/RES/53/97"),
                row("SC resolution: spaces dropped", i -> i.resolution("S/RES/1373 (2001)"), "S/RES/1373(2001)"),
                row("GA number to symbol", i -> i.resolution(Organ.GENERAL_ASSEMBLY, "35/168"), "A/RES/35/168"),
                row("old-style GA number", i -> i.resolution(Organ.GENERAL_ASSEMBLY, "22 A (I)"), "A/RES/22A(I)"),
                row("Roman session", i -> i.resolution(Organ.GENERAL_ASSEMBLY, "2625 (XXV)"), "A/RES/2625(XXV)"),
                row("emergency special session", i -> i.resolution(Organ.GENERAL_ASSEMBLY, "ES-10/2"), "A/RES/ES-10/2"),
                row("special session", i -> i.resolution(Organ.GENERAL_ASSEMBLY, "S-26/2"), "A/RES/S-26/2"),
                row("SC number to symbol", i -> i.resolution(Organ.SECURITY_COUNCIL, "1373 (2001)"), "S/RES/1373(2001)"),
                row("document by symbol", i -> i.document("A/61/119/Add.1"), "A/61/119/Add.1"),
                row("document of a subsidiary body", i -> i.document("E/CN.15/2004/8"), "E/CN.15/2004/8"),
                row("other organ's resolution", i -> i.otherResolution("Human Rights Council", "5/1"),
                        "resolution/human-rights-council/5/1"),
                row("ECOSOC resolution", i -> i.otherResolution("Economic and Social Council", "1996/31"),
                        "resolution/economic-and-social-council/1996/31"),
                row("GA named as the other organ goes to its symbol",
                        i -> i.otherResolution("General Assembly", "35/168"), "A/RES/35/168"),
                row("decision", i -> i.decision("General Assembly", "55/488"), "decision/general-assembly/55/488"),
                row("treaty by UNTS number",
                        i -> i.treaty(new Treaty("Convention on the Safety of United Nations and Associated Personnel",
                                LocalDate.of(1994, 12, 9), "35457", "2051", null)), "treaty/unts/35457"),
                row("protocol registered under its parent's UNTS number",
                        i -> i.treaty(new Treaty("Optional Protocol to the Convention on the Safety of United Nations "
                                + "and Associated Personnel", null, "35457", "2689", null)),
                        "treaty/unts/35457/optional-protocol-to-the-convention-on-the-safety-of-united-nations-and-"
                                + "associated-personnel"),
                row("treaty by name", i -> i.treaty(new Treaty("Charter of the United Nations", null, null, null, null)),
                        "treaty/charter-of-the-united-nations"),
                row("body by name", i -> i.body("Counter-Terrorism Committee"), "body/counter-terrorism-committee"),
                row("body name with accents and ampersand", i -> i.body("Bosnia & Herzegovina Commission (San José)"),
                        "body/bosnia-and-herzegovina-commission-san-jose"),
                row("organ as body", i -> i.body(Organ.SECURITY_COUNCIL), "body/security-council"),
                row("cited paragraph", i -> i.paragraph(i.resolution("A/RES/42/154"), "4 (b)"), "A/RES/42/154/para/4(b)"),
                row("source graph", i -> i.sourceGraph("corpus/ga/A_RES_78_1.txt"), "source/corpus/ga/A_RES_78_1.txt"),
                row("source graph: dot segments dropped", i -> i.sourceGraph("../shared/./seeds/000.txt"),
                        "source/shared/seeds/000.txt"),
                row("source graph: spaces encoded", i -> i.sourceGraph("my files/res 1.txt"),
                        "source/my%20files/res%201.txt"),
                row("source file", i -> i.sourceFile("seeds/000.txt"), "source/seeds/000.txt#file"),
                row("mention", i -> i.mention("seeds/000.txt", 1234, 1271, 1), "source/seeds/000.txt#mention-1234-1271"),
                row("second mention on a span", i -> i.mention("seeds/000.txt", 1234, 1271, 2),
                        "source/seeds/000.txt#mention-1234-1271-2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mints(String rule, Function<IriScheme, Node> mint, String path) {
        assertEquals(IriScheme.DEFAULT_BASE + path, mint.apply(IRIS).getURI());
    }

    @Test
    void baseIsConfigurable() {
        IriScheme local = new IriScheme("http://localhost:3030/unkg");
        assertEquals("http://localhost:3030/unkg/", local.base());
        assertEquals("http://localhost:3030/unkg/S/RES/1373(2001)", local.resolution("S/RES/1373 (2001)").getURI());
    }

    @Test
    void undocsAddressKeepsTheSymbolWithoutSpaces() {
        assertEquals("https://undocs.org/S/RES/1373(2001)", IriScheme.undocs("S/RES/1373 (2001)").getURI());
    }

    static Stream<Arguments> withoutSymbol() {
        String sha = "3f2a9c1b0d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd";
        return Stream.of(
                row2(Identity.builder(Organ.GENERAL_ASSEMBLY).session(61).adopted(LocalDate.of(2006, 12, 4))
                        .plenaryMeeting(64).build(), sha,
                        "resolution/general-assembly/2006-12-04/plenary-64/text-3f2a9c1b0d4e"),
                row2(Identity.builder(Organ.SECURITY_COUNCIL).adopted(LocalDate.of(1946, 1, 25)).meeting(4).build(), sha,
                        "resolution/security-council/1946-01-25/meeting-4/text-3f2a9c1b0d4e"),
                row2(Identity.builder(null).build(), sha, "resolution/unknown-organ/text-3f2a9c1b0d4e"),
                row2(Identity.builder(null).number("53/97").build(), sha,
                        "resolution/unknown-organ/53/97/text-3f2a9c1b0d4e"),
                row2(Identity.builder(null).build(), null, "resolution/unknown-organ/file-res-1-txt"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("withoutSymbol")
    void resolutionWithoutSymbolIsNamedByWhatItsTextSays(Identity id, String sha256, String path) {
        Extraction x = new Extraction("dir/res 1.txt", sha256, "text", "", id, List.of(), List.of());
        assertEquals(IriScheme.DEFAULT_BASE + path, IRIS.resolutionOf(x).getURI());
    }

    private static Arguments row(String rule, Function<IriScheme, Node> mint, String path) {
        return Arguments.of(rule, mint, path);
    }

    private static Arguments row2(Identity id, String sha, String path) {
        return Arguments.of(id, sha, path);
    }
}
