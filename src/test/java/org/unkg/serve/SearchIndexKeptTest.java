package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;
import org.unkg.store.Store;

/**
 * The search index is kept in the store's folder ({@code search-index/}) and opened again by the next start while
 * the store's resolutions are those it was built from; when they are not, or the kept index is damaged, it is built
 * again; a store folder that cannot be written in still gets search.
 */
class SearchIndexKeptTest {
    private static final String UNKG = "https://unkg.org/ontology#";
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    @TempDir
    Path tmp;

    private Path root;
    private Path db;
    private Store store;

    @BeforeEach
    void aStoreOfTwoResolutionsWithTheirFiles() throws Exception {
        root = Files.createDirectories(tmp.resolve("corpus"));
        db = tmp.resolve("db");
        store = Store.open(db);
        resolution("A/RES/35/168", "Protection of diplomatic and consular missions",
                "The General Assembly condemns acts of violence against diplomatic and consular missions.");
        resolution("S/RES/1373 (2001)", "Threats to international peace caused by terrorist acts",
                "The Security Council decides that all States shall prevent the financing of terrorist acts.");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Stores resolution {@code symbol} with its title, and its file (written under the root) with its hash. */
    private void resolution(String symbol, String title, String text) throws Exception {
        String name = symbol.replaceAll("[^A-Za-z0-9]+", "_") + ".txt";
        Path file = root.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        Node r = NodeFactory.createURI("https://unkg.org/" + symbol.replace(" ", ""));
        Node g = NodeFactory.createURI("https://unkg.org/source/" + name);
        Node f = NodeFactory.createURI("https://unkg.org/file/" + name);
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY); // as a re-ingest replaces the file's graph
            dsg.add(g, r, RDF.type.asNode(), NodeFactory.createURI(UNKG + "Resolution"));
            dsg.add(g, r, NodeFactory.createURI(UNKG + "symbol"), NodeFactory.createLiteralString(symbol));
            dsg.add(g, r, TITLE, NodeFactory.createLiteralString(title));
            dsg.add(g, f, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), r);
            dsg.add(g, f, NodeFactory.createURI(UNKG + "path"), NodeFactory.createLiteralString(name));
            dsg.add(g, f, NodeFactory.createURI(UNKG + "sha256"), NodeFactory.createLiteralString(sha));
        });
    }

    /** What a start of the server does: open the index kept in {@code folder}, or build it there. */
    private SearchIndex start(Path folder) {
        DatasetGraph dsg = store.dataset();
        return SearchIndex.open(dsg, new SourceTexts(root),
                new Labels(dsg, new IriScheme(IriScheme.DEFAULT_BASE), Prefixes.standard()), folder).took(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> hits(SearchIndex index, String q) {
        return ((List<Map<String, Object>>) index.search(q, 0, 10).get("hits")).stream()
                .map(h -> (String) h.get("iri")).toList();
    }

    /** Every file of the kept index with its modification time. */
    private Map<String, FileTime> files() throws IOException {
        Map<String, FileTime> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(db.resolve(SearchIndexFolder.NAME))) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    @Test
    void anIndexBuiltForAStoreIsReusedOnTheNextStartAndAnswersTheSame() throws Exception {
        SearchIndex first = start(db);
        assertFalse(first.reused());
        assertTrue(first.summary().startsWith("search index: 2 resolutions, 2 with their text, built in"),
                first.summary());
        List<String> byWords = hits(first, "diplomatic missions");
        List<String> byNumber = hits(first, "1373");
        first.close();
        Map<String, FileTime> built = files();
        assertTrue(built.containsKey(SearchIndexFolder.STAMP), built.toString());
        store.close(); // as a server stops, and another process opens the store: TDB2 writes its id in the locks
        Files.writeString(db.resolve("Data-0001").resolve("tdb.lock"), deadProcess() + "\n");
        store = Store.open(db);

        SearchIndex second = start(db);
        assertTrue(second.reused(), "the store did not change");
        assertTrue(second.summary().matches("search index: 2 resolutions, 2 with their text, reused in 0\\.0 s "
                + "\\(store unchanged; built \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC in \\d+\\.\\d s\\)"),
                second.summary());
        assertEquals(built, files(), "not one file written again");
        assertEquals(List.of("https://unkg.org/A/RES/35/168"), byWords);
        assertEquals(byWords, hits(second, "diplomatic missions"));
        assertEquals(byNumber, hits(second, "1373"));
        List<?> violence = (List<?>) second.search("violence", 0, 1).get("hits");
        assertEquals("The General Assembly condemns acts of violence against diplomatic and consular missions.",
                ((Map<?, ?>) violence.get(0)).get("snippet"), "snippets come from the kept text");
        second.close();
    }

    @Test
    void aWriteThatLeavesTheResolutionsAsTheyWereKeepsTheIndexAndTheNextStartKnowsAtOnce() throws Exception {
        start(db).close();
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("https://unkg.org/source/x"),
                NodeFactory.createURI("https://unkg.org/treaty/x"), TITLE, NodeFactory.createLiteralString("x")));
        SearchIndex read = start(db);
        assertTrue(read.summary().contains("reused in 0.0 s (resolutions unchanged; built"), read.summary());
        read.close();
        SearchIndex known = start(db);
        assertTrue(known.summary().contains("(store unchanged; built"), known.summary());
        known.close();
    }

    @Test
    void anIndexWhoseListOfFilesIsLostIsKeptAndListedAgain() throws Exception {
        start(db).close();
        Files.delete(db.resolve(SearchIndexFolder.NAME).resolve(SearchIndexFolder.FILES));
        SearchIndex read = start(db);
        assertTrue(read.summary().contains("(resolutions unchanged; built"), read.summary());
        read.close();
        SearchIndex known = start(db);
        assertTrue(known.summary().contains("(store unchanged; built"), known.summary());
        known.close();
    }

    @Test
    void aChangedTitleRebuildsTheIndexWhichFindsTheNewTitle() throws Exception {
        start(db).close();
        resolution("A/RES/35/168", "Consideration of effective measures to enhance the protection of envoys",
                "The General Assembly condemns acts of violence against diplomatic and consular missions.");
        SearchIndex index = start(db);
        assertFalse(index.reused(), index.summary());
        assertEquals(List.of("https://unkg.org/A/RES/35/168"), hits(index, "envoys"));
        index.close();
        SearchIndex again = start(db);
        assertTrue(again.reused(), "and that one is kept in turn");
        again.close();
    }

    @Test
    void aFileReingestedWithOtherBytesRebuildsTheIndexWhichFindsItsNewWords() throws Exception {
        start(db).close();
        resolution("S/RES/1373 (2001)", "Threats to international peace caused by terrorist acts",
                "The Security Council establishes a Counter-Terrorism Committee of all its members.");
        SearchIndex index = start(db);
        assertFalse(index.reused(), "the file's hash in the store differs");
        assertEquals(List.of("https://unkg.org/S/RES/1373(2001)"), hits(index, "committee"));
        assertEquals(List.of(), hits(index, "financing"));
        index.close();
    }

    @Test
    void aFileThatWasMissingAndIsBackRebuildsTheIndexWithItsText() throws Exception {
        Path file = root.resolve("A_RES_35_168.txt");
        Path aside = Files.move(file, tmp.resolve("aside.txt"));
        SearchIndex without = start(db);
        assertEquals(1, without.withText());
        without.close();
        Files.move(aside, file);
        SearchIndex with = start(db);
        assertFalse(with.reused(), "the text is readable now");
        assertEquals(2, with.withText());
        assertEquals(List.of("https://unkg.org/A/RES/35/168"), hits(with, "violence"));
        with.close();
    }

    @Test
    void aStampOverMissingIndexFilesBuildsTheIndexAgain() throws Exception {
        start(db).close();
        try (Stream<Path> s = Files.list(db.resolve(SearchIndexFolder.NAME))) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().equals(SearchIndexFolder.STAMP)) {
                    Files.delete(p);
                }
            }
        }
        SearchIndex index = start(db);
        assertFalse(index.reused());
        assertEquals(List.of("https://unkg.org/A/RES/35/168"), hits(index, "35/168"));
        index.close();
        SearchIndex again = start(db);
        assertTrue(again.reused(), "the stamp now describes the new index");
        again.close();
    }

    @Test
    void aStampOverADamagedIndexBuildsTheIndexAgain() throws Exception {
        start(db).close();
        try (Stream<Path> s = Files.list(db.resolve(SearchIndexFolder.NAME))) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().equals(SearchIndexFolder.STAMP)) {
                    byte[] b = Files.readAllBytes(p);
                    Files.write(p, java.util.Arrays.copyOf(b, b.length / 2)); // cut short, as by a full disk
                }
            }
        }
        SearchIndex index = start(db);
        assertFalse(index.reused());
        assertEquals(List.of("https://unkg.org/S/RES/1373(2001)"), hits(index, "terrorist financing"));
        index.close();
    }

    @Test
    void anIndexLeftHalfBuiltByAKilledProcessIsNeitherUsedNorLeftBehind() throws Exception {
        // a process that died while building: its folder beside the index, and no index
        Path dead = Files.createDirectories(db.resolve(".search-index.building-" + deadProcess()));
        Files.writeString(dead.resolve("_0.cfs"), "half");
        SearchIndex index = start(db);
        assertFalse(index.reused());
        assertFalse(Files.exists(dead), "deleted by the next build");
        try (Stream<Path> s = Files.list(db)) {
            assertEquals(Set.of("Data-0001", "search-index", "tdb.lock"),
                    s.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        index.close();
    }

    /** The id of a process that ran and has ended. */
    private static long deadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    @Test
    void aStoreFolderThatCannotBeWrittenInStillServesSearchFromATemporaryFolder() throws Exception {
        // a folder under a file: no process can write there, not even root's, which a read-only mode would not stop
        Path unwritable = Files.writeString(tmp.resolve("a-file"), "").resolve("db");
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = temporaryIndexes(temp);
        SearchIndex index = start(unwritable);
        assertFalse(index.reused());
        assertTrue(index.summary().contains("built in 0.0 s, in a temporary folder (cannot write in "),
                index.summary());
        assertEquals(List.of("https://unkg.org/A/RES/35/168"), hits(index, "consular"));
        Set<Path> made = temporaryIndexes(temp);
        made.removeAll(before);
        assertEquals(1, made.size(), made.toString());
        index.close();
        assertFalse(Files.exists(made.iterator().next()), "deleted once closed");
    }

    private static Set<Path> temporaryIndexes(Path temp) throws IOException {
        try (Stream<Path> s = Files.list(temp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("unkg-search-index-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aCompactedStoreKeepsItsIndexWhichStillDescribesIt() throws Exception {
        start(db).close();
        DatabaseMgr.compact(store.dataset(), true); // TDB2 makes Data-0002 and deletes Data-0001
        assertTrue(Files.isDirectory(db.resolve("Data-0002")));
        SearchIndex index = start(db);
        assertTrue(index.summary().contains("(resolutions unchanged; built"), index.summary());
        index.close();
    }

    @Test
    void theServerKeepsItsIndexInTheStoresFolderAndTheNextServerReusesIt() throws Exception {
        UnkgServer first = UnkgServer.create().dataset(store.dataset()).root(root).searchIndexDir(db).port(0)
                .build().start();
        String built = first.searchIndexed().get(60, TimeUnit.SECONDS);
        first.stop();
        store.close();
        store = Store.open(db); // TDB2 minds the index's folder no more than the server does
        UnkgServer second = UnkgServer.create().dataset(store.dataset()).root(root).searchIndexDir(db).port(0)
                .build().start();
        try {
            String reused = second.searchIndexed().get(60, TimeUnit.SECONDS);
            assertTrue(built.contains(", built in "), built);
            assertTrue(reused.contains(", reused in "), reused);
            assertNotEquals(built, reused);
            HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    second.url() + "api/search?q=" + URLEncoder.encode("35/168", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, res.statusCode());
            assertTrue(res.body().contains("\"iri\":\"https://unkg.org/A/RES/35/168\""), res.body());
        } finally {
            second.stop();
        }
    }
}
