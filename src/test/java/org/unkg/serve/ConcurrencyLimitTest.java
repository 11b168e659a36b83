package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** More requests at once than allowed: the extra one waits its turn, then is turned away with Retry-After. */
class ConcurrencyLimitTest {
    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRequestBeyondTheLimitIs503WithRetryAfter() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 60; i++) {
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:" + i), NodeFactory.createURI("urn:x:p"),
                        NodeFactory.createURI("urn:x:o" + i));
            }
        });
        UnkgServer server = UnkgServer.create().dataset(dsg).port(0).queryTimeout(Duration.ofSeconds(3))
                .maxConcurrent(1, Duration.ofMillis(100)).build().start();
        try {
            // 60^6 rows to count: it holds the only turn until the 3 s timeout
            String count = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o ."
                    + " ?p ?q ?r }";
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(HttpRequest.newBuilder(URI.create(
                    server.url() + "sparql?query=" + java.net.URLEncoder.encode(count,
                            java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            // poll until the slow query holds the turn: then a request waits 100 ms and is turned away
            HttpResponse<String> r = null;
            for (long end = System.nanoTime() + 2_500_000_000L; System.nanoTime() < end; Thread.sleep(50)) {
                r = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    break;
                }
            }
            assertEquals(503, r.statusCode(), r.body());
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
            assertTrue(r.body().contains("busy"), r.body());
            assertEquals(503, slow.get().statusCode(), "the slow query timed out");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.url() + "$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the turn is given back");
        } finally {
            server.stop();
        }
    }
}
