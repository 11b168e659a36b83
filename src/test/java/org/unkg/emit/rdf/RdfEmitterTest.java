package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Extractor;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Vote;

class RdfEmitterTest {
    private static final Emitted SEEDS = Emitted.of(Seeds.all());

    @Test
    void threeResolutionsCiteOneNodeFor35_168() {
        Node target = Emitted.iri("A/RES/35/168");
        Node noSymbol = Emitted.IRIS.resolutionOf(Seeds.seed001());
        for (Node citing : List.of(Emitted.iri("A/RES/53/97"), noSymbol, Emitted.iri("A/RES/77/108"))) {
            assertTrue(SEEDS.ask("<" + citing.getURI() + "> cito:cites <" + target.getURI() + ">"),
                    citing + " cites 35/168");
            assertTrue(SEEDS.ask("?c cito:hasCitingEntity <" + citing.getURI() + "> ; cito:hasCitedEntity <"
                    + target.getURI() + ">"), citing + " has a citation node for 35/168");
        }
        List<QuerySolution> nodes = SEEDS.select("SELECT DISTINCT ?r WHERE { ?r eli:number \"35/168\" }");
        assertEquals(1, nodes.size(), "one node for 35/168 across all graphs");
        // and each graph that cites it describes it, so each validates on its own
        assertEquals(3, SEEDS.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { <" + target.getURI()
                + "> a unkg:GeneralAssemblyResolution ; eli:date_document \"1980-12-15\"^^xsd:date } }").size());
    }

    @Test
    void counterTerrorismCommitteeIsLinkedToResolution1373() {
        String ctc = Emitted.iri("body/counter-terrorism-committee").getURI();
        assertTrue(SEEDS.ask("<" + ctc + "> unkg:establishedBy ?r . ?r a unkg:SecurityCouncilResolution ; "
                + "unkg:symbol \"S/RES/1373 (2001)\""));
        assertEquals("S/RES/1373(2001)", SEEDS.select("SELECT ?r WHERE { <" + ctc + "> unkg:establishedBy ?r }")
                .get(0).getResource("r").getURI().substring(IriScheme.DEFAULT_BASE.length()));
        assertTrue(SEEDS.ask("<" + ctc + "> skos:prefLabel \"Counter-Terrorism Committee\"@en ; "
                + "skos:altLabel \"CTC\"@en"));
        assertTrue(SEEDS.ask("<" + Emitted.iri("A/RES/59/153").getURI() + "> unkg:mentions <" + ctc + ">"));
    }

    @Test
    void eachCitationsOffsetsGiveBackItsQuotedText() {
        int checked = 0;
        for (Extraction x : Seeds.all()) {
            for (QuerySolution s : SEEDS.select("SELECT ?start ?end ?exact WHERE { GRAPH <"
                    + Emitted.IRIS.sourceGraph(x.file()).getURI() + "> { ?m a unkg:Mention ; oa:hasTarget ?t . "
                    + "?t oa:hasSelector [ a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end ], "
                    + "[ a oa:TextQuoteSelector ; oa:exact ?exact ] } }")) {
                int start = s.getLiteral("start").getInt();
                int end = s.getLiteral("end").getInt();
                // Web Annotation counts code points
                String span = x.text().substring(x.text().offsetByCodePoints(0, start),
                        x.text().offsetByCodePoints(0, end));
                assertEquals(s.getLiteral("exact").getString(), span, x.file() + " " + start + "-" + end);
                checked++;
            }
        }
        assertEquals(Seeds.all().stream().mapToInt(x -> x.citations().size()).sum(), checked);
    }

    @Test
    void offsetsCountCodePointsAsWebAnnotationDoes() {
        // U+1D400 (mathematical bold A) is two Java chars and one character for the Web Annotation model
        String text = "\uD835\uDC00 Recalling resolution 35/168,";
        int start = text.indexOf("resolution");
        Extraction x = new Extraction("astral.txt", "0".repeat(64), "text", text,
                Identity.builder(Organ.GENERAL_ASSEMBLY).number("1/1").build(),
                List.of(SeedText.ga("35/168").span(start, start + 17, "resolution 35/168").build()), List.of());
        QuerySolution s = Emitted.of(x).select("SELECT ?start ?end WHERE { ?p a oa:TextPositionSelector ; "
                + "oa:start ?start ; oa:end ?end }").get(0);
        assertEquals(start - 1, s.getLiteral("start").getInt());
        assertEquals(start - 1 + 17, s.getLiteral("end").getInt());
    }

    @Test
    void resolutionWithoutSymbolHasAStableNodeFromWhatItsTextSays() {
        Extraction x = Seeds.seed001();
        Node r = Emitted.IRIS.resolutionOf(x);
        assertEquals(IriScheme.DEFAULT_BASE + "resolution/general-assembly/2006-12-04/plenary-64/text-"
                + x.sha256().substring(0, 12), r.getURI());
        assertEquals(r, Emitted.IRIS.resolutionOf(Seeds.seed001()), "the same text gives the same node");
        assertFalse(SEEDS.ask("<" + r.getURI() + "> unkg:symbol ?s"), "no symbol is invented");
        assertTrue(SEEDS.ask("<" + r.getURI() + "> a unkg:GeneralAssemblyResolution ; unkg:session 61 ; "
                + "unkg:plenaryMeeting 64 ; eli:date_document \"2006-12-04\"^^xsd:date"));
    }

    @Test
    void reaffirmingIsNotRecalling() {
        String res = Emitted.iri("A/RES/59/153").getURI();
        String charter = Emitted.iri("treaty/charter-of-the-united-nations").getURI();
        String sc1373 = Emitted.iri("S/RES/1373(2001)").getURI();
        assertTrue(SEEDS.ask("?c cito:hasCitedEntity <" + charter + "> ; unkg:verb \"Reaffirming\" ; "
                + "cito:hasCitationCharacterization unkg:reaffirms"));
        assertTrue(SEEDS.ask("<" + res + "> unkg:reaffirms <" + charter + ">"));
        assertTrue(SEEDS.ask("<" + res + "> cito:obtainsBackgroundFrom <" + sc1373 + ">"));
        assertTrue(SEEDS.ask("<" + res + "> unkg:welcomes <" + sc1373 + ">"));
        assertFalse(SEEDS.ask("<" + res + "> unkg:reaffirms <" + sc1373 + ">"));
    }

    @Test
    void citationKnowsItsSectionParagraphAndCitedParagraphs() {
        String para9 = Emitted.iri("A/RES/42/154/para/9").getURI();
        assertTrue(SEEDS.ask("?c cito:hasCitedEntity <" + Emitted.iri("A/RES/42/154").getURI() + "> ; "
                + "unkg:citedParagraph <" + para9 + "> ; unkg:inSection unkg:operative ; unkg:citingParagraph \"11\" ; "
                + "unkg:verb \"Requests\" ; prov:wasDerivedFrom ?f . ?f a unkg:SourceFile"));
        assertTrue(SEEDS.ask("<" + para9 + "> a unkg:Paragraph ; eli:is_part_of <"
                + Emitted.iri("A/RES/42/154").getURI() + "> ; eli:number \"9\""));
        assertTrue(SEEDS.ask("?c cito:hasCitedEntity <" + Emitted.iri("A/61/119/Add.1").getURI() + "> ; "
                + "unkg:inSection unkg:footnote ; unkg:citingParagraph \"1\""));
    }

    @Test
    void resolutionCarriesItsIdentity() {
        String r = Emitted.iri("A/RES/77/108").getURI();
        assertTrue(SEEDS.ask("<" + r + "> a unkg:GeneralAssemblyResolution, eli:LegalResource ; "
                + "unkg:symbol \"A/RES/77/108\" ; eli:number \"77/108\" ; unkg:session 77 ; unkg:plenaryMeeting 47 ; "
                + "eli:date_document \"2022-12-07\"^^xsd:date ; dcterms:issued \"2022-12-19\"^^xsd:date ; "
                + "unkg:agendaItem \"82\" ; dcterms:title ?t ; "
                + "eli:passed_by <" + Emitted.iri("body/general-assembly").getURI() + "> ; "
                + "unkg:mainCommittee <" + Emitted.iri("body/sixth-committee").getURI() + "> ; "
                + "unkg:committeeReport <" + Emitted.iri("A/77/420").getURI() + ">"));
    }

    @Test
    void unDocsAddressIsSeeAlsoNeverSameAs() {
        assertTrue(SEEDS.ask("<" + Emitted.iri("A/RES/53/97").getURI()
                + "> rdfs:seeAlso <https://undocs.org/A/RES/53/97>"));
        assertTrue(SEEDS.ask("<" + Emitted.iri("S/RES/1373(2001)").getURI()
                + "> rdfs:seeAlso <https://undocs.org/S/RES/1373(2001)>"));
        assertFalse(SEEDS.ask("?a owl:sameAs ?b"));
    }

    @Test
    void eachFileGoesToItsOwnNamedGraphAndNothingToTheDefaultGraph() {
        assertTrue(SEEDS.dsg.getDefaultGraph().isEmpty());
        Set<Node> graphs = new HashSet<>();
        SEEDS.dsg.listGraphNodes().forEachRemaining(graphs::add);
        Set<Node> expected = new HashSet<>();
        Seeds.all().forEach(x -> expected.add(Emitted.IRIS.sourceGraph(x.file())));
        assertEquals(expected, graphs);
        assertTrue(SEEDS.ask("GRAPH <" + Emitted.IRIS.sourceGraph(Seeds.seed000().file()).getURI() + "> { "
                + "?g a unkg:SourceGraph ; prov:generatedAtTime \"2025-11-24T12:00:00Z\"^^xsd:dateTime ; "
                + "prov:wasDerivedFrom ?f ; prov:wasGeneratedBy [ prov:wasAssociatedWith [ unkg:softwareVersion \"test\" ] ] . "
                + "?f unkg:sha256 ?h ; unkg:sourceFormat \"text\" ; foaf:primaryTopic <"
                + Emitted.iri("A/RES/53/97").getURI() + "> }"));
    }

    @Test
    void reEmittingAFileGivesTheSameGraph() {
        Emitted again = Emitted.of(Seeds.seed004());
        assertTrue(again.graph(Seeds.seed004().file()).isIsomorphicWith(SEEDS.graph(Seeds.seed004().file())));
    }

    @Test
    void quadsReachTheStreamAsEachFileIsEmittedNotAtTheEnd() {
        List<Quad> seen = new ArrayList<>();
        RdfEmitter e = new RdfEmitter(Emitted.IRIS, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                seen.add(q);
            }
        }, Emitted.CLOCK, "test");
        e.start();
        e.extraction(Seeds.seed000());
        int afterFirst = seen.size();
        assertTrue(afterFirst > 0);
        e.extraction(Seeds.seed002());
        assertTrue(seen.size() > afterFirst);
        e.finish();
    }

    @Test
    void recordedVoteIsANodeWithCounts() {
        Extraction x = new Extraction("sc/S_RES_1373_2001.txt", "a".repeat(64), "text", "",
                Identity.builder(Organ.SECURITY_COUNCIL).number("1373 (2001)").meeting(4385)
                        .adopted(LocalDate.of(2001, 9, 28)).vote(new Vote(15, 0, 0, true)).build(),
                List.of(), List.of());
        Emitted e = Emitted.of(x);
        String r = Emitted.iri("S/RES/1373(2001)").getURI();
        assertTrue(e.ask("<" + r + "> a unkg:SecurityCouncilResolution ; unkg:meeting 4385 ; unkg:vote ?v . "
                + "?v unkg:votesInFavour \"15\"^^xsd:nonNegativeInteger ; unkg:abstentions ?a ; unkg:unanimous true"));
        assertEquals(r + "/vote", e.select("SELECT ?v WHERE { ?r unkg:vote ?v }").get(0).getResource("v").getURI());
    }

    @Test
    void symbolReadWithoutItsOrganStillNamesTheOrgan() {
        Extraction x = new Extraction("ods/trailer-only.txt", "b".repeat(64), "ods", "",
                Identity.builder(null).symbol("A/RES/59/153").build(), List.of(), List.of());
        assertTrue(Emitted.of(x).ask("<" + Emitted.iri("A/RES/59/153").getURI() + "> a unkg:GeneralAssemblyResolution ; "
                + "eli:passed_by <" + Emitted.iri("body/general-assembly").getURI() + ">"));
    }

    @Test
    void aPartOfADocumentIsPartOfTheDocument() throws Exception {
        Extraction x = Extractor.builder().build().extract(Path.of("data/ga/A_RES_78_179.txt"));
        Emitted e = Emitted.of(x);
        String part = Emitted.iri("A/CONF.157/24(PartI)").getURI();
        String whole = Emitted.iri("A/CONF.157/24").getURI();
        assertTrue(e.ask("?c cito:hasCitedEntity <" + part + ">"), "the citation names the part it cites");
        assertTrue(e.ask("<" + part + "> dcterms:isPartOf <" + whole + "> . <" + whole
                + "> a unkg:Document ; unkg:symbol \"A/CONF.157/24\""), "the part belongs to the document");
    }
}
