package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The explorer's pages and JSON over the seeds, as a plain HTTP client sees them. */
class ExplorerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SeedsServer seeds;

    @BeforeAll
    static void serveTheSeeds() throws Exception {
        seeds = SeedsServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        seeds.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seeds.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageIsTheExplorerAndSaysWhatEachViewAnswers() throws Exception {
        String home = page("/");
        assertTrue(home.contains("action=\"/explore/search\""), home);
        assertTrue(home.contains("href=\"/explore/rankings\"") && home.contains("href=\"/explore/sparql\""));
        assertTrue(home.contains("Which resolutions came before it"), "the timeline's question");
    }

    @Test
    void everyPageSendsAContentSecurityPolicyAndNosniff() throws Exception {
        for (String path : List.of("/", "/explore/A/RES/53/97", "/api/search?q=35", "/A/RES/53/97.html")) {
            HttpResponse<String> r = get(path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), path + ": " + csp);
        }
    }

    @Test
    void searchFindsAResolutionBySymbolByNumberAndByTheWordsOfItsText() throws Exception {
        assertEquals("https://unkg.org/A/RES/35/168",
                json("/api/search?q=" + q("A/RES/35/168")).get("hits").get(0).get("iri").asText());
        assertEquals("https://unkg.org/A/RES/35/168",
                json("/api/search?q=" + q("35/168")).get("hits").get(0).get("iri").asText(), "a number alone");
        JsonNode words = json("/api/search?q=" + q("diplomatic and consular missions"));
        assertTrue(words.get("hits").findValuesAsText("iri").contains("https://unkg.org/A/RES/53/97"),
                words.toString());
        assertTrue(words.get("hits").get(0).get("snippet").asText().toLowerCase().contains("diplomatic"));
    }

    @Test
    void whatAPersonTypesIsEscapedNeverMarkup() throws Exception {
        String p = page("/explore/search?q=" + q("<script>alert(1)</script>\"'"));
        assertFalse(p.contains("<script>alert"), p);
        assertTrue(p.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), p);
    }

    @Test
    void onlyWebAddressesFromTheDataBecomeLinks() {
        Labels labels = labels();
        assertEquals("/explore/A/RES/53/97",
                Explorer.href(labels, NodeFactory.createURI("https://unkg.org/A/RES/53/97")));
        assertEquals("https://undocs.org/A/RES/53/97",
                Explorer.href(labels, NodeFactory.createURI("https://undocs.org/A/RES/53/97")));
        assertEquals("#", Explorer.href(labels, NodeFactory.createURI("javascript:alert(1)")));
    }

    @Test
    void aResolutionsPageShowsItsTextWithEachCitationMarkedAtItsOffsetsAndLinkedToItsTarget() throws Exception {
        String p = page("/explore/A/RES/53/97");
        assertTrue(p.contains("<dd>1998-12-08</dd>") && p.contains("<dd>General Assembly</dd>"), p);
        assertTrue(p.contains("<a class=\"mark citation\" id=\"mention-2220-2257\" href=\"/explore/A/RES/35/168\""
                + " title=\"A/RES/35/168 · Convinced\">resolution 35/168 of 15 December 1980</a>"), p);
        assertTrue(p.contains("href=\"/explore/body/secretary-general\""), "bodies are marked too");
        assertTrue(p.contains("<h2>Cites (4)</h2>"), p);
    }

    @Test
    void whatCitesAResolutionLinksToThePassageOnTheCitingPage() throws Exception {
        String p = page("/explore/A/RES/35/168");
        assertTrue(p.contains("<h2>Cited by (3)</h2>"), p);
        assertTrue(p.contains("href=\"/explore/A/RES/53/97#mention-2220-2257\""), p);
    }

    @Test
    void citationListsFilterByVerbAndSection() throws Exception {
        JsonNode cites = json("/api/thing/A/RES/53/97?verb=Requests").get("lists").get(0);
        assertEquals(2, cites.get("total").asInt());
        cites.get("rows").forEach(r -> assertEquals("Requests", r.get("verb").asText()));
        JsonNode preamble = json("/api/thing/A/RES/53/97?section=preamble").get("lists").get(0);
        preamble.get("rows").forEach(r -> assertEquals("preamble", r.get("section").asText()));
        assertTrue(preamble.get("verbs").size() >= 2, "the filter offers every verb, not just those shown");
    }

    @Test
    void citationListsArePaginated() {
        Map<String, Object> first = Txn.calculateRead(seeds.store().dataset(), () -> CitationList.CITES.page(
                seeds.store().dataset(), NodeFactory.createURI("https://unkg.org/A/RES/53/97"), labels(), null, null,
                0, 3));
        assertEquals(3, ((List<?>) first.get("rows")).size());
        assertEquals(4L, first.get("total"));
        Map<String, Object> second = Txn.calculateRead(seeds.store().dataset(), () -> CitationList.CITES.page(
                seeds.store().dataset(), NodeFactory.createURI("https://unkg.org/A/RES/53/97"), labels(), null, null,
                3, 3));
        assertEquals(1, ((List<?>) second.get("rows")).size());
    }

    private static Labels labels() {
        return new Labels(seeds.store().dataset(), new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard());
    }

    @Test
    void aTreatysPageListsTheResolutionsThatCiteIt() throws Exception {
        String p = page("/explore/treaty/charter-of-the-united-nations");
        assertTrue(p.contains("<h2>Cited by"), p);
        assertTrue(p.contains("href=\"/explore/A/RES/53/97\""), p);
    }

    @Test
    void aBodysPageListsTheResolutionsThatNameIt() throws Exception {
        String p = page("/explore/body/counter-terrorism-committee");
        assertTrue(p.contains("<h2>Named in"), p);
        assertTrue(p.contains("A/RES/59/153"), p);
    }

    @Test
    void theNeighbourhoodIsCytoscapeElementsWithWhatFiltersNeed() throws Exception {
        JsonNode g = json("/api/neighbourhood/A/RES/35/168");
        assertEquals("https://unkg.org/A/RES/35/168", g.get("focus").asText());
        List<String> ids = g.get("nodes").findValuesAsText("id");
        assertTrue(ids.contains("https://unkg.org/A/RES/53/97"), ids.toString());
        JsonNode edge = g.get("edges").get(0).get("data");
        assertEquals("https://unkg.org/A/RES/35/168", edge.get("target").asText(), "arrows go to the cited");
        assertTrue(edge.get("verbs").size() > 0 && edge.get("sections").size() > 0);
        JsonNode node = g.get("nodes").get(0).get("data");
        assertEquals("ga", node.get("organKey").asText());
        assertEquals(1980, node.get("decade").asInt());
    }

    @Test
    void theLineageGivesPredecessorsAndSuccessorsByYear() throws Exception {
        JsonNode l = json("/api/lineage/A/RES/53/97");
        List<String> sides = l.get("resolutions").findValuesAsText("side");
        assertTrue(sides.contains("predecessor") && sides.contains("focus"), sides.toString());
        List<Integer> years = l.get("resolutions").findValues("year").stream().filter(JsonNode::isInt)
                .map(JsonNode::asInt).toList();
        assertEquals(years.stream().sorted().toList(), years, "in order of year");
    }

    @Test
    void withoutNetworkScoresRankingsCountCitingResolutions() throws Exception {
        JsonNode r = json("/api/rankings");
        assertEquals("cited", r.get("measure").asText());
        assertFalse(r.get("network").asBoolean());
        assertEquals("https://unkg.org/A/RES/35/168", r.get("rows").get(0).get("thing").get("iri").asText());
        assertEquals("3", r.get("rows").get(0).get("score").asText());
        JsonNode sc = json("/api/rankings?organ=sc");
        sc.get("rows").forEach(row -> assertEquals("sc", row.get("thing").get("organKey").asText()));
        assertTrue(page("/explore/rankings?organ=ga&decade=1980").contains("A/RES/35/168"));
    }

    @Test
    void theSparqlEditorOffersTheNamedQueriesAndShipsCodeMirror() throws Exception {
        String p = page("/explore/sparql?example=cited-by");
        assertTrue(p.contains("<option value=\"most-cited\""), p);
        assertTrue(p.contains("src=\"/assets/vendor/codemirror.js\""));
        assertTrue(p.contains("PREFIX"), "the example's text is in the editor");
        HttpResponse<String> js = get("/assets/vendor/sparql.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertEquals(200, get("/assets/vendor/cytoscape.min.js").statusCode());
        assertEquals(404, get("/assets/vendor/nothing.js").statusCode());
    }

    @Test
    void anUnknownThingIsNotFound() throws Exception {
        assertEquals(404, get("/explore/A/RES/1/1").statusCode());
        assertEquals(404, get("/api/neighbourhood/no/such/thing").statusCode());
        assertEquals(400, get("/explore/rankings?organ=%3Cb%3E").statusCode());
    }

    @Test
    void aTextThatChangedSinceItWasStoredIsNotShown() {
        Path root = Path.of("..", "shared");
        SourceTexts texts = new SourceTexts(root);
        assertTrue(texts.read("seeds/000_53c47aa551a5de29.txt", "").isPresent());
        assertTrue(texts.read("seeds/000_53c47aa551a5de29.txt", "00").isEmpty(), "another hash");
        assertTrue(texts.read("../etc/passwd", "").isEmpty(), "outside the root");
    }
}
