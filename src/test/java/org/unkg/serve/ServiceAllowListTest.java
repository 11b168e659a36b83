package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** {@code --service-allow}: federation only with the listed prefixes, and never past the query timeout. */
class ServiceAllowListTest {
    // one client a test, as each test starts its own servers
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAllowedServiceThatNeverAnswersEndsWithinTheQueryTimeout() throws Exception {
        try (Loopback far = Loopback.open(); Loopback other = Loopback.open()) {
            String prefix = prefix(far);
            UnkgServer server = allowing(far);
            try {
                assertTimesOutCalling(server, far);
                assertEquals(1, far.connections(), "the allowed address was called");

                HttpResponse<String> refused = HardenedEndpointTest.query(http, server,
                        "SELECT * { SERVICE <" + other.url() + "> { ?s ?p ?o } }", null);
                assertEquals(400, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains(prefix), refused.body());
                HttpResponse<String> bound = HardenedEndpointTest.query(http, server,
                        "SELECT * { VALUES ?x { <" + other.url() + "> } SERVICE ?x { ?s ?p ?o } }", null);
                assertEquals(400, bound.statusCode(), bound.body());
                Thread.sleep(200);
                assertEquals(0, other.connections(), "an address off the list is never called");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anAllowedServiceThatStartsAnswerAndStallsEndsWithinTheQueryTimeout() throws Exception {
        try (Loopback far = Loopback.trickling()) {
            UnkgServer server = allowing(far);
            try {
                assertTimesOutCalling(server, far);
                assertEquals(1, far.connections());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anAllowedServiceCannotRedirectTheCallElsewhere() throws Exception {
        try (Loopback inside = Loopback.open(); Loopback far = Loopback.redirecting(inside.url())) {
            String prefix = prefix(far);
            UnkgServer server = UnkgServer.create().dataset(DatasetGraphFactory.createTxnMem()).port(0)
                    .queryTimeout(Duration.ofSeconds(5)).serviceAllow(List.of(prefix)).build().start();
            try {
                HttpResponse<String> r = HardenedEndpointTest.query(http, server,
                        "SELECT * { SERVICE <" + far.url() + "> { ?s ?p ?o } }", null);
                assertEquals(502, r.statusCode(), r.body());
                assertEquals(1, far.connections());
                Thread.sleep(200);
                assertEquals(0, inside.connections(), "the redirect was followed");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anAllowListEntryIsAnHttpPrefix() {
        for (String bad : List.of("file:///", "http://", "ftp://x/", "http://example.org")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ServicePolicy.allow(List.of(bad)), bad);
        }
    }

    /** The address prefix a loopback peer answers under ({@code http://127.0.0.1:PORT/}). */
    private static String prefix(Loopback far) {
        return far.url().substring(0, far.url().indexOf("/sparql") + 1);
    }

    /** A server that lets SERVICE call {@code far}, with a query timeout of one second. */
    private static UnkgServer allowing(Loopback far) {
        return UnkgServer.create().dataset(DatasetGraphFactory.createTxnMem()).port(0)
                .queryTimeout(Duration.ofSeconds(1)).serviceAllow(List.of(prefix(far))).build().start();
    }

    /** A SERVICE call to {@code far} answers 503 well within the bound, whatever {@code far} does. */
    private void assertTimesOutCalling(UnkgServer server, Loopback far) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HardenedEndpointTest.query(http, server, "SELECT * { SERVICE <" + far.url()
                + "> { ?s ?p ?o } }", null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 8_000, "took " + ms + " ms");
    }
}
