package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Extractor;
import org.unkg.grammar.MemberStates;
import org.unkg.model.Extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How each Member State voted, read from the AKN4UN markup into the graph, checked against the same repository's
 * metadata files ({@code shared/corpus/akn/metadata/NN.json}), which list the States voting each way.
 */
class VotesTest {
    private static final Path AKN = Path.of("..", "shared", "corpus", "akn");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"74/A_RES_74_10.xml, A/RES/74/10", "76/A_RES_76_104.xml, A/RES/76/104",
            "78/A_RES_78_10.xml, A/RES/78/10"})
    void everyMemberStatesVoteIsTheOneTheMetadataRecords(String file, String symbol) throws Exception {
        Extraction x = Extractor.builder().build().extract(AKN.resolve(file));
        Graph g = Emitted.of(x).graph(x.file());
        Node vote = Emitted.IRIS.vote(Emitted.IRIS.resolutionOf(x));
        JsonNode meta = metadata(symbol);
        Set<String> all = new TreeSet<>();
        for (String[] way : new String[][] {{"MS_in_favour", "inFavour"}, {"MS_against", "against"},
                {"MS_abstaining", "abstaining"}}) {
            Set<String> expected = new TreeSet<>();
            meta.get(way[0]).forEach(n -> expected.add(MemberStates.standard().byName(n.asText()).orElseThrow(
                    () -> new AssertionError("a name the table does not know: " + n)).alpha3()));
            Set<String> got = states(g, vote, way[1]);
            assertEquals(expected, got, symbol + " " + way[1]);
            assertEquals(meta.get(way[0] + "_count").asInt(), got.size(), symbol + " " + way[1] + " count");
            all.addAll(got);
        }
        Set<String> notVoting = states(g, vote, "notVoting");
        assertEquals(193, all.size() + notVoting.size(), "every Member State voted one way or did not vote");
        assertTrue(g.contains(Emitted.IRIS.resolutionOf(x), Unkg.adoptedWithoutVote,
                NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        assertEquals(meta.get("MS_in_favour_count").asInt(), x.identity().vote().inFavour());
    }

    @Test
    void aResolutionAdoptedWithoutAVoteSaysSoAndHasNoVote() throws Exception {
        Extraction x = Extractor.builder().build().extract(AKN.resolve("78/A_RES_78_1.xml"));
        Graph g = Emitted.of(x).graph(x.file());
        Node r = Emitted.IRIS.resolutionOf(x);
        assertEquals("Without a vote", metadata("A/RES/78/1").get("adoption_type").asText());
        assertTrue(g.contains(r, Unkg.adoptedWithoutVote,
                NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        assertFalse(g.contains(r, Unkg.vote, Node.ANY));
    }

    @Test
    void memberStatesAreNodesWithTheirIsoCodesAndNames() throws Exception {
        Extraction x = Extractor.builder().build().extract(AKN.resolve("78/A_RES_78_10.xml"));
        Graph g = Emitted.of(x).graph(x.file());
        Node tur = Emitted.IRIS.memberState("TUR");
        assertTrue(g.contains(tur, Unkg.iso3166Alpha2, NodeFactory.createLiteralString("TR")));
        assertTrue(g.contains(tur, Unkg.iso3166Numeric, NodeFactory.createLiteralString("792")));
        assertTrue(g.contains(tur, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Türkiye", "en")));
        assertTrue(g.contains(Emitted.IRIS.resolutionOf(x), Unkg.sponsor, Emitted.IRIS.memberState("FRA")),
                "France submitted the draft A/78/L.9");
    }

    private static Set<String> states(Graph g, Node vote, String way) {
        Set<String> out = new TreeSet<>();
        g.find(vote, NodeFactory.createURI(Unkg.NS + way), Node.ANY).forEachRemaining(t -> {
            String iri = t.getObject().getURI();
            out.add(iri.substring(iri.lastIndexOf('/') + 1));
        });
        return out;
    }

    private static final Map<String, JsonNode> METADATA = new HashMap<>();

    private static synchronized JsonNode metadata(String symbol) throws Exception {
        if (METADATA.isEmpty()) {
            for (String s : new String[] {"74", "75", "76", "77", "78"}) {
                try (MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class)
                        .readValues(AKN.resolve("metadata").resolve(s + ".json").toFile())) {
                    it.forEachRemaining(o -> METADATA.put(o.get("symbol").asText(), o));
                }
            }
        }
        return METADATA.get(symbol);
    }
}
