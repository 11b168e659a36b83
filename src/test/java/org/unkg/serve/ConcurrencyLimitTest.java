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
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(HttpRequest.newBuilder(URI.create(
                    server.url() + "sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fa%20%3Fb%20%3Fc.%3Fd%20%3Fe"
                            + "%20%3Ff.%3Fg%20%3Fh%20%3Fi.%3Fj%20%3Fk%20%3Fl.%3Fm%20%3Fn1%20%3Fo.%3Fp%20%3Fq%20%3Fr%7D"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(700);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
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
