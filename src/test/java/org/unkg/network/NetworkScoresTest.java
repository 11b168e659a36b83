package org.unkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.fixtures.SampleCorpus;

/** The measures of the citation graph of the seeds and the SC resolutions of 1991–1992. */
class NetworkScoresTest {
    private static final String B = "https://unkg.org/";
    private static CitationGraph graph;
    private static NetworkScores scores;

    @BeforeAll
    static void measure() {
        graph = CitationGraph.read(SampleCorpus.store().dataset());
        scores = NetworkScores.of(graph);
    }

    private static long count(String select) {
        var dsg = SampleCorpus.store().dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec q = QueryExec.dataset(dsg).query("PREFIX cito: <http://purl.org/spar/cito/> "
                    + "PREFIX unkg: <https://unkg.org/ontology#> " + select).build()) {
                return Long.parseLong(q.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    @Test
    void theGraphHoldsEveryResolutionAndEveryCitationBetweenTwo() {
        assertEquals(count("SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a unkg:Resolution }"),
                graph.graph().vertexSet().size());
        assertEquals(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?a ?b { ?a cito:cites ?b . "
                + "?a a unkg:Resolution . ?b a unkg:Resolution FILTER(?a != ?b) } }"), graph.graph().edgeSet().size());
    }

    @Test
    void pageRankSumsToOne() {
        double sum = scores.scores().values().stream().mapToDouble(NetworkScores.Score::pageRank).sum();
        assertEquals(1.0, sum, 1e-6);
    }

    @Test
    void hubAndAuthorityScoresEachSumToOne() {
        assertEquals(1.0, scores.scores().values().stream().mapToDouble(NetworkScores.Score::hub).sum(), 1e-9);
        assertEquals(1.0, scores.scores().values().stream().mapToDouble(NetworkScores.Score::authority).sum(), 1e-9);
    }

    @Test
    void degreesCountDistinctCitingAndCitedResolutions() {
        assertEquals(count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a cito:cites <" + B + "S/RES/713(1991)> . "
                + "?a a unkg:Resolution }"), scores.score(B + "S/RES/713(1991)").inDegree());
        assertEquals(3, scores.score(B + "A/RES/35/168").inDegree(), "53/97, 77/108 and the 2006 text");
        assertEquals(0, scores.score(B + "A/RES/35/168").outDegree(), "not in the store: cites nothing");
        assertEquals(2, scores.score(B + "A/RES/53/97").outDegree(), "35/168 and 42/154");
    }

    @Test
    void theYugoslavRegimeIsOneComponentAndTheDiplomaticSeedsAnother() {
        int yugoslavia = scores.score(B + "S/RES/787(1992)").component();
        for (String r : List.of("S/RES/757(1992)", "S/RES/724(1991)", "S/RES/713(1991)")) {
            assertEquals(yugoslavia, scores.score(B + r).component(), r);
        }
        int missions = scores.score(B + "A/RES/53/97").component();
        assertEquals(missions, scores.score(B + "A/RES/77/108").component());
        assertNotEquals(yugoslavia, missions);
        var sizes = scores.scores().values().stream().collect(java.util.stream.Collectors.groupingBy(
                NetworkScores.Score::component, java.util.stream.Collectors.counting()));
        for (int c = 1; c < scores.components(); c++) {
            assertTrue(sizes.get(c - 1) >= sizes.get(c), "components are numbered by size, largest first");
        }
        assertTrue(scores.components() > 1 && scores.strongComponents() >= scores.components());
    }

    @Test
    void communitiesAreStableBetweenRuns() {
        NetworkScores again = NetworkScores.of(CitationGraph.read(SampleCorpus.store().dataset()));
        assertEquals(scores.scores(), again.scores());
        assertTrue(scores.communities() >= scores.components(), "a community never spans two components");
    }

    @Test
    void theShortestCitationPathFollowsCitations() {
        assertEquals(Optional.of(List.of(B + "A/RES/53/97", B + "A/RES/35/168")),
                graph.shortestPath(B + "A/RES/53/97", B + "A/RES/35/168"));
        assertTrue(graph.shortestPath(B + "A/RES/35/168", B + "A/RES/53/97").isEmpty(), "citations run one way");
        assertEquals(List.of(B + "A/RES/53/97", B + "A/RES/35/168", B + "A/RES/77/108"),
                graph.shortestLink(B + "A/RES/53/97", B + "A/RES/77/108").orElseThrow(), "through what both cite");
        List<String> p = graph.shortestPath(B + "S/RES/787(1992)", B + "S/RES/713(1991)").orElseThrow();
        assertEquals(2, p.size(), "787 cites 713 directly");
    }
}
