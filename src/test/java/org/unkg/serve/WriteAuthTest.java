package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes, when enabled, only with credentials: a bearer token or HTTP Basic from a password file. */
class WriteAuthTest {
    private static final String TOKEN = "s3cret-token-0123456789";
    private static final String INSERT = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
    // one client a test, as each test starts its own server: a pooled connection to the server of the test before,
    // on a port the kernel gave out again, is never reused
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path tmp;

    private DatasetGraph dsg;
    private UnkgServer server;

    @BeforeEach
    void start() throws Exception {
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "# users who write\nalice:wonder-land-42\n");
        dsg = DatasetGraphFactory.createTxnMem();
        server = UnkgServer.create().dataset(dsg).port(0).enableUpdate(true).writeToken(TOKEN)
                .passwordFile(passwords).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> write(String method, String path, String type, String body, String auth)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long size() {
        return Txn.calculateRead(dsg, () -> (long) dsg.stream().count());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUpdateWithoutCredentialsIs401AndChangesNothing() throws Exception {
        for (String auth : new String[] {null, "Bearer wrong-token-0123456789", basic("alice", "nope"),
                basic("bob", "wonder-land-42"), "Basic !!!", TOKEN}) {
            HttpResponse<String> r = write("POST", "update", "application/sparql-update", INSERT, auth);
            assertEquals(401, r.statusCode(), auth + ": " + r.body());
            assertTrue(r.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Bearer")));
            assertTrue(r.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Basic")));
        }
        assertEquals(0, size());
    }

    @Test
    void graphStoreWritesAndTheDatasetItselfNeedCredentialsToo() throws Exception {
        assertEquals(401, write("PUT", "data?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null)
                .statusCode());
        assertEquals(401, write("POST", "data?graph=urn:x:g", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .",
                null).statusCode());
        assertEquals(401, write("DELETE", "data?default", "text/turtle", "", null).statusCode());
        assertEquals(401, write("POST", "", "application/sparql-update", INSERT, null).statusCode());
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.url() + "update?update="
                + java.net.URLEncoder.encode(INSERT, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(get.statusCode() >= 400 && get.statusCode() < 500, "no update by GET: " + get.statusCode());
        assertEquals(0, size());
    }

    @Test
    void aBearerTokenOrABasicPasswordWrites() throws Exception {
        HttpResponse<String> r = write("POST", "update", "application/sparql-update", INSERT, "Bearer " + TOKEN);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertEquals(1, size());
        HttpResponse<String> put = write("PUT", "data?graph=urn:x:g", "text/turtle",
                "<https://example.org/d> <https://example.org/e> <https://example.org/f> .",
                basic("alice", "wonder-land-42"));
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.body());
        assertEquals(2, size());
    }

    @Test
    void anUpdateReachesNothingOutsideTheStore() throws Exception {
        try (Loopback far = Loopback.open()) {
            for (String path : new String[] {"update", ""}) {
                for (String update : new String[] {"LOAD <file:///etc/hosts>", "LOAD <" + far.url() + ">",
                        "INSERT { ?s ?p ?o } WHERE { SERVICE <" + far.url() + "> { ?s ?p ?o } }",
                        "INSERT { <urn:x:a> <urn:x:b> ?o } WHERE { BIND(1 AS ?o) FILTER EXISTS { SERVICE <"
                                + far.url() + "> { ?s ?p ?o } } }"}) {
                    HttpResponse<String> r = write("POST", path, "application/sparql-update", update,
                            "Bearer " + TOKEN);
                    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "/" + path + " " + update + ": "
                            + r.statusCode() + " " + r.body());
                }
            }
            Thread.sleep(200);
            assertEquals(0, far.connections());
            assertEquals(0, size());
        }
    }

    @Test
    void readsNeedNoCredentials() throws Exception {
        HttpResponse<String> r = HardenedEndpointTest.query(http, server, "ASK {}", null);
        assertEquals(200, r.statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.url() + "data?default")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void updateCannotBeEnabledWithoutCredentials() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> UnkgServer.create().dataset(dsg).port(0).enableUpdate(true).build());
        assertTrue(e.getMessage().contains("credentials"));
        assertThrows(IllegalArgumentException.class, () -> UnkgServer.create().writeToken("short"));
        assertFalse(WriteAuth.readOnly().writable());
    }
}
