package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Rdf4jValues;
import org.unkg.fixtures.LineEmitter;
import org.unkg.fixtures.SampleStore;
import org.unkg.fixtures.Trees;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/** The server as a real client sees it: over HTTP, on a free port, parsing every answer. */
class ServerTest {
    private static final String UNKG = LineEmitter.NS;
    private static final String RES = "https://unkg.org/A/RES/53/97";
    private static Path dir;
    private static Store store;
    private static UnkgServer server;
    private static String url;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("unkg-serve");
        Path data = SampleStore.write(dir.resolve("data"));
        Ingester.builder().root(dir).emitter(LineEmitter::new).build().ingest(dir.resolve("db"), List.of(data));
        store = Store.open(dir.resolve("db"));
        server = UnkgServer.create().dataset(store.dataset()).port(0).build().start();
        url = server.url();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        store.close();
        Trees.delete(dir);
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path.substring(1))).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void jenaQueriesTheEndpointByGetAndPost() {
        String q = "PREFIX unkg: <" + UNKG + "> SELECT (COUNT(?r) AS ?n) WHERE { ?r a unkg:Resolution }";
        for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPost)) {
            try (QueryExecution qe = QueryExecutionHTTP.newBuilder().endpoint(url + "sparql").sendMode(mode)
                    .query(q).build()) {
                ResultSet rs = qe.execSelect();
                assertEquals(3, rs.next().getLiteral("n").getInt(), mode.toString());
            }
        }
    }

    @Test
    void rdf4jQueriesTheEndpoint() {
        SPARQLRepository repo = new SPARQLRepository(url + "sparql");
        repo.init();
        try (RepositoryConnection conn = repo.getConnection();
             TupleQueryResult r = conn.prepareTupleQuery("PREFIX unkg: <" + UNKG + "> "
                     + "SELECT ?citing WHERE { ?citing unkg:cites/unkg:target <https://unkg.org/A/RES/35/168> } "
                     + "ORDER BY ?citing").evaluate()) {
            List<String> citing = r.stream().map((BindingSet b) -> b.getValue("citing").stringValue()).toList();
            assertEquals(List.of(RES, "https://unkg.org/A/RES/60/1"), citing);
            assertTrue(conn.prepareBooleanQuery("ASK { <" + RES + "> ?p ?o }").evaluate());
        } finally {
            repo.shutDown();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, ttl, TURTLE",
        "application/ld+json, jsonld, JSONLD",
        "application/rdf+xml, rdf, RDFXML",
        "application/n-triples, nt, NTRIPLES",
        "application/n-quads, nq, NQUADS",
        "application/trig, trig, TRIG",
    })
    void everyIriDereferencesWith303ToADocumentInTheAskedSyntax(String accept, String ext, String rio)
            throws Exception {
        HttpResponse<byte[]> see = get("/A/RES/53/97", accept);
        assertEquals(303, see.statusCode());
        assertEquals("/A/RES/53/97." + ext, see.headers().firstValue("Location").orElseThrow());
        assertTrue(see.headers().firstValue("Vary").orElse("").contains("Accept"));
        HttpResponse<byte[]> doc = get("/A/RES/53/97." + ext, null);
        assertEquals(200, doc.statusCode());
        assertEquals(accept, doc.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        RDFFormat format = (RDFFormat) RDFFormat.class.getField(rio).get(null);
        Model m = Rio.parse(new ByteArrayInputStream(doc.body()), url, format);
        var vf = SimpleValueFactory.getInstance();
        assertTrue(m.contains(vf.createIRI(RES), RDF.TYPE, vf.createIRI(UNKG + "Resolution")));
        assertTrue(m.filter(null, vf.createIRI(UNKG + "text"), null).objects().stream()
                .anyMatch(v -> v.stringValue().startsWith("Recalling its resolution 35/168")), "quoted passage");
        if (format.supportsContexts() && !ext.equals("jsonld")) {
            assertTrue(m.contexts().contains(vf.createIRI("https://unkg.org/source/data/ga/A_RES_53_97.txt")),
                    "quads keep the source graph");
        }
    }

    @Test
    void browsersGetAnEscapedPageWithWhatCitesAThing() throws Exception {
        HttpResponse<byte[]> see = get("/A/RES/35/168", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, see.statusCode());
        assertEquals("/A/RES/35/168.html", see.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> page = get("/A/RES/35/168.html", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = text(page);
        assertTrue(html.contains("href=\"/A/RES/53/97\""), "links to what cites it");
        assertTrue(html.contains("href=\"/A/RES/60/1\""));
        assertTrue(html.contains("Recalling its resolution 35/168"), "with the quoted passage");
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"), "escaped");
        assertFalse(html.contains("<script>"), "no markup from the data");
        assertTrue(html.contains("data/ga/A_RES_60_1.txt"), "names the source file");
    }

    @Test
    void aPageShowsWhatAResolutionCitesWithThePassage() throws Exception {
        String html = text(get("/A/RES/53/97.html", null));
        assertTrue(html.contains("href=\"/S/RES/1373(2001)\""), html);
        assertTrue(html.contains("Reaffirming Security Council resolution 1373 (2001),"));
        assertTrue(html.contains("<h1>A/RES/53/97</h1>"), "labelled by its symbol");
    }

    @Test
    void aPathWithParenthesesDereferencesRawOrEscaped() throws Exception {
        assertEquals(303, get("/S/RES/1373(2001)", "text/turtle").statusCode());
        HttpResponse<byte[]> escaped = get("/S/RES/1373%282001%29", "text/turtle");
        assertEquals(303, escaped.statusCode());
    }

    @Test
    void whatIsNotInTheGraphIs404AndWhatCannotBeServedIs406() throws Exception {
        assertEquals(404, get("/A/RES/99/999", "text/turtle").statusCode());
        assertEquals(404, get("/A/RES/99/999.ttl", null).statusCode());
        assertEquals(404, get("/A/RES/53/97.exe", null).statusCode());
        assertEquals(406, get("/A/RES/53/97", "image/png").statusCode());
        assertEquals(406, get("/A/RES/53/97", "text/turtle;q=0, image/*").statusCode());
    }

    @Test
    void sourceGraphsDereferenceToTheirCatalogEntry() throws Exception {
        HttpResponse<byte[]> doc = get("/source/data/ga/A_RES_53_97.txt.ttl", null);
        assertEquals(200, doc.statusCode());
        assertTrue(text(doc).contains("data/ga/A_RES_53_97.txt"));
    }

    @Test
    void theVocabularyIsServedAtItsNamespaceAsAPageAndAsTurtle() throws Exception {
        HttpResponse<byte[]> r = get("/ontology", "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/ontology.html", r.headers().firstValue("Location").orElseThrow());
        assertEquals("/ontology.ttl", get("/ontology", "text/turtle").headers().firstValue("Location").orElseThrow());
        String page = new String(get("/ontology.html", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Citation") && page.contains("<html"), page);
        org.eclipse.rdf4j.model.Model vocab = Rio.parse(new java.io.ByteArrayInputStream(
                get("/ontology.ttl", "text/turtle").body()), "", RDFFormat.TURTLE);
        assertTrue(vocab.size() > 100, "the whole vocabulary");
        assertEquals(200, get("/ontology/shapes.ttl", "text/turtle").statusCode());
    }

    @Test
    void voidDescribesTheEndpointAndDumps() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Rio.parse(new ByteArrayInputStream(r.body()), url, RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        assertTrue(m.contains(null, vf.createIRI("http://rdfs.org/ns/void#sparqlEndpoint"),
                vf.createIRI(url + "sparql")));
        assertTrue(m.contains(null, vf.createIRI("http://rdfs.org/ns/void#dataDump"),
                vf.createIRI(url + "dump.nq.gz")));
        assertEquals(200, get("/.well-known/void", "application/ld+json").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"nq, NQUADS", "trig, TRIG", "ttl, TURTLE"})
    void dumpsHoldTheWholeStore(String ext, String rio) throws Exception {
        HttpResponse<byte[]> r = get("/dump." + ext + ".gz", null);
        assertEquals(200, r.statusCode());
        RDFFormat format = (RDFFormat) RDFFormat.class.getField(rio).get(null);
        Model back = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(r.body())), url, format);
        Rdf4jValues v = new Rdf4jValues();
        Model expected = new LinkedHashModel();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q ->
                expected.add(format.supportsContexts() ? v.statement(q) : v.statement(q.asTriple()))));
        assertEquals(expected.size(), back.size());
        assertTrue(Models.isomorphic(expected, back));
    }

    @Test
    void theGraphStoreIsReadOnlyAndUpdateIsOff() throws Exception {
        String graph = URLEncoder.encode("https://unkg.org/source/data/ga/A_RES_60_1.txt", StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = get("/data?graph=" + graph, "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals(9, Rio.parse(new ByteArrayInputStream(r.body()), url, RDFFormat.TURTLE).size() + 3,
                "two resolution triples and one citation of four");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url + "data?graph=" + graph))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "PUT refused: " + put.statusCode());
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(url + "update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "no update: " + update.statusCode());
        Node g = new IriScheme(IriScheme.DEFAULT_BASE).sourceGraph("data/ga/A_RES_60_1.txt");
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g)));
    }

    @Test
    void theHomePageLinksTheEndpointAndExamplesAndTheStyleShipsInTheJar() throws Exception {
        HttpResponse<byte[]> home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        String html = text(home);
        assertTrue(html.contains("href=\"/sparql\""));
        assertTrue(html.contains("href=\"/A/RES/53/97\"") || html.contains("href=\"/A/RES/60/1\""), html);
        HttpResponse<byte[]> css = get("/assets/unkg.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        int traversal = get("/assets/../../etc/passwd", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal); // Jetty refuses it first
        assertEquals(404, get("/assets/nothing.css", null).statusCode());
    }

    @Test
    void resultsOverTheCapAreRefusedAndSlowQueriesTimeOut() throws Exception {
        UnkgServer capped = UnkgServer.create().dataset(store.dataset()).port(0).resultLimit(2)
                .queryTimeout(Duration.ofMillis(300)).build().start();
        try {
            try (QueryExecution qe = QueryExecutionHTTP.service(capped.url() + "sparql")
                    .query("SELECT * WHERE { ?s ?p ?o } LIMIT 2").build()) {
                ResultSet rs = qe.execSelect();
                int n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                assertEquals(2, n);
            }
            HttpResponse<String> over = http.send(HttpRequest.newBuilder(URI.create(capped.url() + "sparql?query="
                    + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(422, over.statusCode(), over.body());
            // Six-way cross product of ~50 quads: about 10^10 rows, which no machine counts in 300 ms.
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o ."
                    + " ?p ?q ?r }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(capped.url() + "sparql?query="
                    + URLEncoder.encode(slow, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
        } finally {
            capped.stop();
        }
    }
}
