package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.fixtures.Trees;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/** Pages for people, over the seeds as the real extractor and emitter store them. */
class CitationPagesTest {
    private static Path dir;
    private static Store store;
    private static UnkgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void ingestTheSeedsAndServe() throws IOException {
        dir = Files.createTempDirectory("unkg-pages");
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        Ingester.builder().root(seeds.getParent()).build().ingest(dir.resolve("db"), List.of(seeds));
        store = Store.open(dir.resolve("db"));
        server = UnkgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        store.close();
        Trees.delete(dir);
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void aCitedResolutionsPageShowsWhoCitesItWithTheQuotedPassage() throws Exception {
        String p = page("/A/RES/35/168.html");
        assertTrue(p.contains("<h2>Cited by (3)</h2>"), "53/97, 77/108 and the 2006 text: " + p);
        assertTrue(p.contains("resolution 35/168 of 15 December 1980"), p);
        assertTrue(p.contains("Convinced"), "the verb of the citing paragraph");
    }

    @Test
    void aResolutionsPageShowsWhatItCitesInTextOrder() throws Exception {
        String p = page("/A/RES/53/97.html");
        assertTrue(p.contains("<h2>Cites"), p);
        assertTrue(p.indexOf("35/168") < p.indexOf("42/154"), "35/168 is cited before 42/154");
    }

    @Test
    void aBodysPageShowsWhereItIsNamed() throws Exception {
        String p = page("/body/counter-terrorism-committee.html");
        assertTrue(p.contains("<h2>Named in"), p);
        assertTrue(p.contains("A/RES/59/153"), p);
    }
}
