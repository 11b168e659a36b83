package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.fixtures.LineEmitter;
import org.unkg.fixtures.SampleStore;
import org.unkg.fixtures.Trees;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/**
 * The endpoint as an attacker or a careless client meets it, with the defaults of {@code unkg serve}: it connects
 * nowhere, refuses what is too large, never cuts a result silently, and labels every response.
 */
class HardenedEndpointTest {
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static Path dir;
    private static Store store;
    private static UnkgServer server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("unkg-harden");
        Path data = SampleStore.write(dir.resolve("data"));
        Ingester.builder().root(dir).emitter(LineEmitter::new).build().ingest(dir.resolve("db"), List.of(data));
        store = Store.open(dir.resolve("db"));
        server = UnkgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        store.close();
        Trees.delete(dir);
    }

    static HttpResponse<String> query(UnkgServer s, String sparql, String accept) throws Exception {
        return query(http, s, sparql, accept);
    }

    /**
     * A query sent to {@code s} by {@code client}: a test that starts a server of its own per test sends with a
     * client of its own per test, since a pooled connection to an earlier test's server can be handed the request.
     */
    static HttpResponse<String> query(HttpClient client, UnkgServer s, String sparql, String accept)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "sparql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        assertFalse(r.body().contains("\tat ") || r.body().contains("at org.apache"), "no stack trace: " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <%s> { ?s ?p ?o } }",
        "SELECT * { VALUES ?x { <%s> } SERVICE ?x { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * { { SELECT * { SERVICE <%s> { ?s ?p ?o } } } }",
        "ASK { SERVICE <%s> { ?s ?p ?o } }",
    })
    void serviceIsRefusedWithA400AndNothingIsConnectedTo(String template) throws Exception {
        try (Loopback far = Loopback.open()) {
            HttpResponse<String> r = query(server, template.formatted(far.url()), null);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE") && r.body().contains("not allowed"), r.body());
            assertNoStackTrace(r);
            Thread.sleep(200);
            assertEquals(0, far.connections(), "the server connected out");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "file:unkg-db", "urn:x:local", "http://localhost/", "jar:file:/x!/"})
    void serviceToAFileOrLocalIriIsA400WithAMessageNotA500(String iri) throws Exception {
        HttpResponse<String> r = query(server, "SELECT * { SERVICE <" + iri + "> { ?s ?p ?o } }", null);
        assertEquals(400, r.statusCode(), r.body());
        assertNoStackTrace(r);
    }

    @Test
    void aQueryBodyOverTheLimitIs413WithoutBeingParsed() throws Exception {
        // the headers of a 2 MB query, and no body at all: the answer comes from the headers alone. (Sent with its
        // body, the refused body is still being written when the server closes the connection, and a client may
        // see the reset before the answer.)
        long t0 = System.nanoTime();
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + 2 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("65536"), answer);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "answered at once");
        assertEquals(200, query(server, "# " + "x".repeat(60_000) + "\nASK {}", null).statusCode(),
                "a query under the limit runs");
    }

    @Test
    void aBodyOfUnknownLengthIs411() throws Exception {
        HttpResponse<String> r = send(request("sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "ASK {}".getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(411, r.statusCode(), r.body());
    }

    @Test
    void aUrlOverTheLimitIs414() throws Exception {
        String q = "SELECT * { ?s ?p ?o } # " + "x".repeat(9000);
        HttpResponse<String> r = send(request("sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .build());
        assertEquals(414, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), "labelled too");
        assertEquals(414, send(request("A/RES/" + "9".repeat(9000)).build()).statusCode());
    }

    @Test
    void aResultOverTheCapIsRefusedWith422NotCut() throws Exception {
        UnkgServer capped = UnkgServer.create().dataset(store.dataset()).port(0).resultLimit(2).build().start();
        try {
            for (String q : List.of("SELECT * { ?s ?p ?o }", "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 20000",
                    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                    "DESCRIBE <https://unkg.org/A/RES/53/97>")) {
                HttpResponse<String> r = query(capped, q, null);
                assertEquals(422, r.statusCode(), q + ": " + r.body());
                assertTrue(r.body().contains("more than 2") && r.body().contains("LIMIT 2"), r.body());
            }
            HttpResponse<String> ok = query(capped, "SELECT * { ?s ?p ?o } LIMIT 2",
                    "application/sparql-results+json");
            assertEquals(200, ok.statusCode());
            assertEquals("2", ok.headers().firstValue(LimitedQueryProcessor.LIMIT_HEADER).orElseThrow());
            ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                    ok.body().getBytes(StandardCharsets.UTF_8)));
            int n = 0;
            for (; rs.hasNext(); rs.next()) {
                n++;
            }
            assertEquals(2, n);
            assertEquals(200, query(capped, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", null).statusCode());
            assertEquals(200, query(capped, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2", null).statusCode(),
                    "two solutions of one triple each");
            assertEquals(200, query(capped, "ASK { ?s ?p ?o }", null).statusCode());
        } finally {
            capped.stop();
        }
    }

    @Test
    void withTheDefaultCapTenThousandAndOneRowsAre422AndTenThousandAreWhole() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i <= 10_000; i++) {
                dsg.add(NodeFactory.createURI("urn:x:g" + i % 7), NodeFactory.createURI("urn:x:s" + i),
                        NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o"));
            }
        });
        UnkgServer full = UnkgServer.create().dataset(dsg).port(0).build().start();
        try {
            for (String q : List.of("SELECT * { GRAPH ?g { ?s ?p ?o } }",
                    "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 20000", "CONSTRUCT { ?s ?p ?g } WHERE { GRAPH ?g { ?s ?p ?o } }")) {
                HttpResponse<String> r = query(full, q, null);
                assertEquals(422, r.statusCode(), q);
                assertTrue(r.body().contains("more than 10000"), r.body());
            }
            HttpResponse<String> page = query(full, "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 10000 OFFSET 1",
                    "text/csv");
            assertEquals(200, page.statusCode());
            assertEquals(10_001, page.body().lines().count(), "a header and 10,000 rows");
        } finally {
            full.stop();
        }
    }

    @Test
    void aQueryThatTimesOutAfterItsFirstRowsIs503WithNoPartialBody() throws Exception {
        UnkgServer slow = UnkgServer.create().dataset(store.dataset()).port(0).resultLimit(0)
                .queryTimeout(Duration.ofMillis(500)).build().start();
        try {
            // rows come at once, but there are about 50^5 of them: more than fit in 500 ms
            HttpResponse<String> r = query(slow, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }",
                    "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
            assertFalse(r.body().contains("\"bindings\""), "no partial result");
        } finally {
            slow.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /", "GET /sparql?query=ASK%7B%7D", "GET /sparql?query=SELECT", "GET /sparql",
        "GET /data?graph=https%3A%2F%2Funkg.org%2Fsource%2Fdata%2Fga%2FA_RES_60_1.txt",
        "GET /data?graph=urn%3Ax%3Anothing", "GET /A/RES/53/97", "GET /A/RES/53/97.html", "GET /A/RES/53/97.ttl",
        "GET /no/such/thing", "GET /.well-known/void", "GET /ontology.html", "GET /assets/unkg.css",
        "HEAD /dump.nq.gz", "GET /explore/A/RES/53/97", "GET /api/search?q=35/168", "GET /$/ping",
        "PUT /data?default", "POST /update", "POST /", "DELETE /sparql",
        "GET /sparql?query=SELECT%20*%7BSERVICE%20%3Cfile%3A%2F%2F%2F%3E%7B%7D%7D",
    })
    void everyResponseCarriesCspAndNosniff(String request) throws Exception {
        String[] mp = request.split(" ", 2);
        HttpResponse<String> r = send(request(mp[1].substring(1)).method(mp[0],
                mp[0].equals("GET") || mp[0].equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("")).build());
        assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null),
                request + " -> " + r.statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), request);
        assertTrue(r.statusCode() < 500, request + " -> " + r.statusCode() + " " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /sparql?query=x HTTP/9.9", "GET /LONG HTTP/1.1",
        "GET / HTTP/1.1\r\nX-Big: BIG"})
    void whatJettyRefusesBeforeAnyFilterIsLabelledToo(String line) throws Exception {
        String head = line.replace("LONG", "a".repeat(40_000)).replace("BIG", "b".repeat(40_000));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String status = answer.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 (4\\d\\d|505) .*"), line + " -> " + status);
            String headers = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertTrue(headers.contains("Content-Security-Policy: " + SecurityHeaders.CSP), headers);
            assertTrue(headers.contains("X-Content-Type-Options: nosniff"), headers);
            assertFalse(answer.contains("\tat ") || answer.contains("at org.eclipse"), answer);
        }
    }

    @Test
    void crossOriginPagesMayReadButNeverWrite() throws Exception {
        HttpResponse<String> read = send(request("sparql?query=ASK%7B%7D").header("Origin", "https://evil.example")
                .build());
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        for (String[] mp : List.of(new String[] {"POST", "update"}, new String[] {"PUT", "data"},
                new String[] {"DELETE", "data"})) {
            HttpResponse<String> pre = send(request(mp[1]).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", mp[0])
                    .header("Access-Control-Request-Headers", "content-type,authorization").build());
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    mp[0] + " " + mp[1] + ": " + pre.headers().map());
            assertTrue(pre.headers().allValues("Access-Control-Allow-Methods").stream()
                    .noneMatch(v -> v.contains(mp[0])), mp[0] + " " + mp[1]);
        }
    }

    @Test
    void aLinkedDataDocumentCutShortSaysSo() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node cited = NodeFactory.createURI("https://unkg.org/A/RES/1/1");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 2_100; i++) {
                dsg.add(Quad.defaultGraphIRI,
                        NodeFactory.createURI("https://unkg.org/A/RES/2/" + i),
                        NodeFactory.createURI("https://unkg.org/ontology#cites"), cited);
            }
        });
        UnkgServer many = UnkgServer.create().dataset(dsg).port(0).build().start();
        try {
            for (String doc : List.of("A/RES/1/1.ttl", "A/RES/1/1.html")) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(many.url() + doc)).build());
                assertEquals(200, r.statusCode());
                assertEquals("true", r.headers().firstValue("Unkg-Result-Truncated").orElse(null), doc);
            }
            HttpResponse<String> whole = send(request("A/RES/53/97.ttl").build());
            assertTrue(whole.headers().firstValue("Unkg-Result-Truncated").isEmpty(), "a whole document says nothing");
        } finally {
            many.stop();
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(address, server.port()), 2_000);
                        org.junit.jupiter.api.Assertions.fail("reachable at " + address);
                    } catch (IOException expected) {
                        // refused: nothing listens there
                    }
                }
            }
        }
    }

    @Test
    void writesAreRefusedByDefault() throws Exception {
        HttpResponse<String> update = send(request("update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertTrue(update.statusCode() == 404 || update.statusCode() == 405, update.statusCode() + "");
        HttpResponse<String> root = send(request("").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertTrue(root.statusCode() >= 400 && root.statusCode() < 500, root.statusCode() + " " + root.body());
        assertEquals(200, query(server, "ASK { ?s ?p ?o }", null).statusCode());
        assertTrue(query(server, "ASK { ?s ?p ?o }", "application/sparql-results+json").body().contains("true"));
    }
}
