package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.fixtures.LineEmitter;
import org.unkg.fixtures.SampleStore;
import org.unkg.store.IngestReport;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/** A store that changes while it is served: what clients see after a re-ingest and a remove. */
class LiveStoreTest {
    private static final String G = "<https://unkg.org/source/data/ga/A_RES_53_97.txt>";
    // one client a test, as each test starts its own server: a pooled connection to the server of the test before,
    // on a port the kernel gave out again, is never reused
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path tmp;

    private Store store;
    private UnkgServer server;
    private Ingester ingester;
    private Path data;

    @BeforeEach
    void start() throws IOException {
        data = SampleStore.write(tmp.resolve("data"));
        store = Store.open(tmp.resolve("db"));
        ingester = Ingester.builder().root(tmp).emitter(LineEmitter::new).build();
        ingester.ingest(store, List.of(data));
        server = UnkgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private boolean ask(String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.url() + "sparql").query(query).build()) {
            return qe.execAsk();
        }
    }

    private int status(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long triplesIn(String graph) {
        SPARQLRepository repo = new SPARQLRepository(server.url() + "sparql");
        repo.init();
        try (RepositoryConnection c = repo.getConnection(); TupleQueryResult r = c.prepareTupleQuery(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + graph + " { ?s ?p ?o } }").evaluate()) {
            return Long.parseLong(r.next().getValue("n").stringValue());
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void aReingestReplacesTheChangedFileWholeAndSkipsTheOthers() throws IOException {
        assertTrue(ask("ASK { GRAPH " + G + " { ?c ?p <https://unkg.org/A/RES/35/168> } }"));
        assertEquals(10, triplesIn(G));
        Files.writeString(data.resolve("ga/A_RES_53_97.txt"), "RES A/RES/53/97\nCITES A/RES/52/1 | Recalling 52/1,\n");
        IngestReport r = ingester.ingest(store, List.of(data));
        assertEquals(1, r.stored());
        assertEquals(2, r.skipped());
        assertEquals(6, triplesIn(G), "the new version's triples only");
        assertFalse(ask("ASK { GRAPH " + G + " { ?c ?p <https://unkg.org/A/RES/35/168> } }"));
        assertFalse(ask("ASK { ?c ?p \"Recalling its resolution 35/168 of 15 December 1980,\" }"));
        assertTrue(ask("ASK { GRAPH " + G + " { ?c ?p <https://unkg.org/A/RES/52/1> } }"));
        assertTrue(ask("ASK { GRAPH <https://unkg.org/source/data/ga/A_RES_60_1.txt> "
                + "{ ?c ?p <https://unkg.org/A/RES/35/168> } }"), "the skipped file is still there");
    }

    @Test
    void aRemovedFileIsGoneForClients() throws IOException, InterruptedException {
        assertEquals(303, status("A/RES/60/1", "text/turtle"));
        store.remove(List.of("data/ga/A_RES_60_1.txt", "data/ga/A_RES_53_97.txt"));
        assertEquals(404, status("A/RES/60/1", "text/turtle"));
        assertEquals(404, status("A/RES/35/168", "text/turtle"), "nothing cites it any more");
        assertEquals(0, triplesIn("<https://unkg.org/source/data/ga/A_RES_60_1.txt>"));
        assertEquals(303, status("S/RES/1373(2001)", "text/turtle"), "the other files stay");
    }

    @Test
    void updateIsServedOnlyWhenEnabled() throws IOException, InterruptedException {
        UnkgServer rw = UnkgServer.create().dataset(DatasetGraphFactory.createTxnMem()).port(0).enableUpdate(true)
                .writeToken("a-token-of-sixteen-chars").build().start();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(rw.url() + "update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Bearer a-token-of-sixteen-chars")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
            try (QueryExecution qe = QueryExecutionHTTP.service(rw.url() + "sparql")
                    .query("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }").build()) {
                assertTrue(qe.execAsk());
            }
        } finally {
            rw.stop();
        }
    }
}
