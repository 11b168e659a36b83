package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer asked for again is sent as it was the first time, until the store changes; what is not a whole answer
 * of one state of the store is never kept.
 */
class ResponseCacheTest {
    // one client a test, as each test starts its own server: a pooled connection to the server of the test before,
    // on a port the kernel gave out again, is never reused
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Node G = NodeFactory.createURI("https://unkg.org/source/a");
    private static final Node R = NodeFactory.createURI("https://unkg.org/A/RES/35/168");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final String QUERY =
            "SELECT ?l WHERE { GRAPH ?g { ?r <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";

    private final DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    private UnkgServer server;

    private UnkgServer serve(long cacheBytes, long resultLimit) {
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(G, R, LABEL, NodeFactory.createLiteralString("first"))));
        server = UnkgServer.create().dataset(dsg).port(0).responseCache(cacheBytes).resultLimit(resultLimit).build()
                .start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> query(String q, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue(ResponseCache.HEADER).orElse(null);
    }

    @Test
    void aPageAskedAgainIsTheSameBytesWithoutReadingTheStore() throws Exception {
        serve(1 << 20, 10_000);
        HttpResponse<byte[]> first = get("A/RES/35/168.html", "text/html");
        HttpResponse<byte[]> again = get("A/RES/35/168.html", "text/html");
        assertEquals(200, first.statusCode());
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(again));
        assertEquals(200, again.statusCode());
        assertArrayEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
        // the headers every answer carries are still there
        assertEquals(first.headers().firstValue("X-Content-Type-Options"),
                again.headers().firstValue("X-Content-Type-Options"));
    }

    @Test
    void aQuerySentAgainIsAnsweredFromTheCacheInTheFormatAskedFor() throws Exception {
        serve(1 << 20, 10_000);
        HttpResponse<byte[]> json = query(QUERY, "application/sparql-results+json");
        HttpResponse<byte[]> jsonAgain = query(QUERY, "application/sparql-results+json");
        HttpResponse<byte[]> csv = query(QUERY, "text/csv");
        assertEquals("miss", cache(json));
        assertEquals("hit", cache(jsonAgain));
        assertArrayEquals(json.body(), jsonAgain.body());
        assertEquals("miss", cache(csv), "another format is another answer");
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("l"));
        assertEquals("miss", cache(query(QUERY + " LIMIT 1", "application/sparql-results+json")));
    }

    @Test
    void aRequestForAFreshAnswerIsReadFromTheStoreAndKeptInPlaceOfTheOld() throws Exception {
        serve(1 << 20, 10_000);
        assertEquals("miss", cache(get("A/RES/35/168.html", "text/html")));
        for (String[] header : new String[][] {{"Cache-Control", "no-cache"}, {"Cache-Control", "max-age=0"},
            {"Cache-Control", "private, No-Cache"}, {"Pragma", "no-cache"}}) {
            HttpResponse<byte[]> fresh = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "A/RES/35/168.html")).header("Accept", "text/html").header(header[0], header[1]).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, fresh.statusCode());
            assertEquals("miss", cache(fresh), header[0] + ": " + header[1]);
        }
        assertEquals("hit", cache(get("A/RES/35/168.html", "text/html")), "the fresh answer is kept");
        HttpResponse<byte[]> stale = http.send(HttpRequest.newBuilder(URI.create(server.url() + "A/RES/35/168.html"))
                .header("Accept", "text/html").header("Cache-Control", "max-age=60").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("hit", cache(stale), "an answer a minute old is fresh enough");
    }

    @Test
    void aWriteToTheStoreMakesEveryKeptAnswerStale() throws Exception {
        serve(1 << 20, 10_000);
        assertTrue(new String(query(QUERY, "text/csv").body(), StandardCharsets.UTF_8).contains("first"));
        get("A/RES/35/168.html", "text/html");
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(G, R, LABEL, NodeFactory.createLiteralString("second"))));
        HttpResponse<byte[]> q = query(QUERY, "text/csv");
        assertEquals("miss", cache(q));
        assertTrue(new String(q.body(), StandardCharsets.UTF_8).contains("second"));
        HttpResponse<byte[]> page = get("A/RES/35/168.html", "text/html");
        assertEquals("miss", cache(page));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("second"));
    }

    @Test
    void aRefusedAnswerIsNeverKept() throws Exception {
        serve(1 << 20, 1); // two labels: over the cap of one row
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(G, R, LABEL, NodeFactory.createLiteralString("second"))));
        HttpResponse<byte[]> refused = query(QUERY, "application/sparql-results+json");
        assertEquals(LimitedQueryProcessor.OVER_CAP, refused.statusCode());
        HttpResponse<byte[]> again = query(QUERY, "application/sparql-results+json");
        assertEquals(LimitedQueryProcessor.OVER_CAP, again.statusCode());
        assertFalse("hit".equals(cache(again)));
        assertEquals(404, get("A/RES/1/1.html", "text/html").statusCode());
        assertFalse("hit".equals(cache(get("A/RES/1/1.html", "text/html"))));
    }

    @Test
    void aConditionalRequestAndAnAdminPathPassWithoutTheCache() throws Exception {
        serve(1 << 20, 10_000);
        get("A/RES/35/168.html", "text/html");
        HttpResponse<byte[]> conditional = http.send(HttpRequest.newBuilder(URI.create(server.url()
                + "A/RES/35/168.html")).header("If-None-Match", "\"x\"").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertNull(cache(conditional));
        get("$/ping", "*/*");
        assertNull(cache(get("$/ping", "*/*")));
    }

    @Test
    void aCacheOfNoBytesKeepsNothing() throws Exception {
        serve(0, 10_000);
        get("A/RES/35/168.html", "text/html");
        assertNull(cache(get("A/RES/35/168.html", "text/html")));
    }
}
