package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.emit.rdf.Unkg;
import org.unkg.fixtures.CliRun;
import org.unkg.network.NetworkGraph;
import org.unkg.store.Catalog;
import org.unkg.store.SourceRecord;
import org.unkg.store.Store;

/**
 * Re-ingesting a corpus as a user does it: an unchanged corpus is skipped without a write, and one changed file
 * rewrites only its own graph while the network measures follow. The five seeds, copied so they can be changed.
 */
class IncrementalIngestTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    private static final String CHANGED = "000_53c47aa551a5de29.txt";
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    private Path corpus;
    private CliRun last;

    @BeforeEach
    void copyTheSeedsAsIfWrittenLongAgo() throws IOException {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> s = Files.list(Path.of("data/seeds"))) {
            for (Path f : s.toList()) {
                Path to = corpus.resolve(f.getFileName());
                Files.copy(f, to);
                Files.setLastModifiedTime(to, FileTime.from(LONG_AGO));
            }
        }
    }

    private int ingest(Path db, String... more) {
        String[] args = Stream.concat(Stream.of("ingest", "--db", db.toString(), "--root", tmp.toString(), "-q"),
                Stream.concat(Stream.of(more), Stream.of(corpus.toString()))).toArray(String[]::new);
        last = CliRun.of(args);
        return last.status();
    }

    /** Every quad of the store, as text (blank node labels are stable within one store). */
    private static Set<String> everything(Path db) throws IOException {
        try (Store s = Store.open(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<String> all = new HashSet<>();
                s.dataset().find().forEachRemaining(q -> all.add(q.toString()));
                return all;
            });
        }
    }

    /** Each graph's quads, as text, by graph name. */
    private static Map<Node, Set<String>> byGraph(Path db) throws IOException {
        try (Store s = Store.open(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<Node, Set<String>> m = new HashMap<>();
                s.dataset().find().forEachRemaining(q -> m.computeIfAbsent(q.getGraph(), k -> new HashSet<>())
                        .add(q.toString()));
                return m;
            });
        }
    }

    /** The network graph's integer measure {@code p} of each resolution. */
    private static Map<String, Long> measure(Path db, Node p) throws IOException {
        try (Store s = Store.open(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<String, Long> m = new HashMap<>();
                s.dataset().find(NetworkGraph.GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q ->
                        m.put(q.getSubject().getURI(), Long.parseLong(q.getObject().getLiteralLexicalForm())));
                return m;
            });
        }
    }

    private static Map<String, SourceRecord> sources(Path db) throws IOException {
        try (Store s = Store.open(db)) {
            return s.sources();
        }
    }

    @Test
    void reIngestOfAnUnchangedCorpusWritesNothingAndRecomputesNoNetwork() throws IOException {
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db), last.err());
        assertTrue(last.out().contains("network: "), last.out());
        Set<String> first = everything(db);

        assertEquals(0, ingest(db), last.err());
        assertTrue(last.out().startsWith("5 files: 0 stored, 5 skipped, 0 failed;"), last.out());
        assertTrue(last.out().contains("transactional, 0 write transactions"), last.out());
        assertFalse(last.out().contains("network: "), "nothing changed, nothing recomputed: " + last.out());
        assertEquals(first, everything(db), "not one quad written, not even a catalog time");
    }

    @Test
    void aFileWhoseSizeAndTimeAreUnchangedIsNotReadUnlessForced() throws IOException {
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db), last.err());
        Path f = corpus.resolve(CHANGED);
        String text = Files.readString(f);
        assertTrue(text.contains("35/168 of 15 December 1980"));
        // same length, same time: the stamp vouches for the bytes, so the change goes unseen (what --force is for)
        Files.writeString(f, text.replace("35/168 of 15 December 1980", "35/169 of 15 December 1980"));
        Files.setLastModifiedTime(f, FileTime.from(LONG_AGO));
        assertEquals(0, ingest(db), last.err());
        assertTrue(last.out().startsWith("5 files: 0 stored, 5 skipped"), last.out());

        assertEquals(0, ingest(db, "--force"), last.err());
        assertTrue(last.out().startsWith("5 files: 5 stored"), last.out());
        assertTrue(measure(db, Unkg.inDegree).containsKey(IRIS.resolution("A/RES/35/169").getURI()),
                "forced, the file is read again");
    }

    @Test
    void aFileTooFreshToTrustIsHashedAndItsStampRecordedOnceItHasSettled() throws IOException {
        Path db = tmp.resolve("db");
        Path f = corpus.resolve(CHANGED);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now()));
        assertEquals(0, ingest(db), last.err());
        String name = "corpus/" + CHANGED;
        assertNull(sources(db).get(name).stamp(), "written just now: its stamp cannot vouch for its bytes");
        assertNotNull(sources(db).get("corpus/001_faa796daa4996361.txt").stamp());

        Files.setLastModifiedTime(f, FileTime.from(LONG_AGO.plus(1, ChronoUnit.DAYS)));
        Set<String> before = everything(db);
        assertEquals(0, ingest(db), last.err());
        assertTrue(last.out().startsWith("5 files: 0 stored, 5 skipped"), last.out());
        assertFalse(last.out().contains("network: "), last.out());
        SourceRecord r = sources(db).get(name);
        assertEquals(Files.size(f), r.stamp().size());
        assertEquals(LONG_AGO.plus(1, ChronoUnit.DAYS), r.stamp().modified());
        Set<String> after = everything(db);
        Set<String> gone = new HashSet<>(before);
        gone.removeAll(after);
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        assertTrue(Stream.concat(gone.stream(), added.stream()).allMatch(q -> q.contains(Catalog.NS)
                && q.contains(Catalog.GRAPH.getURI())), "only the catalog's stamp changed: " + gone + added);
        assertEquals(2, added.size(), added.toString());
    }

    @Test
    void changingOneFileRewritesOnlyItsGraphAndTheNetworkFollows() throws IOException {
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db), last.err());
        Map<Node, Set<String>> before = byGraph(db);
        Map<String, Long> inBefore = measure(db, Unkg.inDegree);
        String cited = IRIS.resolution("A/RES/35/168").getURI();
        String nowCited = IRIS.resolution("A/RES/35/169").getURI();
        assertTrue(inBefore.containsKey(cited) && !inBefore.containsKey(nowCited), inBefore.toString());

        Path f = corpus.resolve(CHANGED);
        Files.writeString(f, Files.readString(f).replace("35/168 of 15 December 1980", "35/169 of 15 December 1980"));
        assertEquals(0, ingest(db), last.err());
        assertTrue(last.out().startsWith("5 files: 1 stored, 4 skipped"), last.out());
        assertTrue(last.out().contains("network: "), "a file changed, the network is recomputed: " + last.out());

        Map<Node, Set<String>> after = byGraph(db);
        Node changed = IRIS.sourceGraph("corpus/" + CHANGED);
        assertEquals(before.keySet(), after.keySet());
        for (Node g : before.keySet()) {
            if (g.equals(changed)) {
                assertNotEquals(before.get(g), after.get(g), "the changed file's graph is rewritten");
            } else if (!g.equals(Catalog.GRAPH) && !g.equals(NetworkGraph.GRAPH)) {
                assertEquals(before.get(g), after.get(g), g + " is untouched");
            }
        }
        Set<String> catalogChanged = new HashSet<>(before.get(Catalog.GRAPH));
        catalogChanged.removeAll(after.get(Catalog.GRAPH));
        assertFalse(catalogChanged.isEmpty());
        assertTrue(catalogChanged.stream().allMatch(q -> q.contains(changed.getURI())),
                "the catalog changed only for the changed file: " + catalogChanged);

        // the rankings follow: the same measures as a store built from scratch from the changed corpus
        Map<String, Long> inAfter = measure(db, Unkg.inDegree);
        assertEquals(1, inAfter.get(nowCited));
        assertEquals(inBefore.get(cited) - 1, inAfter.getOrDefault(cited, 0L));
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, ingest(fresh), last.err());
        for (Node p : List.of(Unkg.inDegree, Unkg.outDegree)) {
            assertEquals(measure(fresh, p), measure(db, p), p.toString());
        }
        Map<String, Double> expected = pageRanks(fresh);
        Map<String, Double> actual = pageRanks(db);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((r, pr) -> assertEquals(pr, actual.get(r), 1e-9, r));
    }

    private Map<String, Double> pageRanks(Path db) throws IOException {
        try (Store s = Store.open(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<String, Double> m = new HashMap<>();
                s.dataset().find(NetworkGraph.GRAPH, Node.ANY, Unkg.pageRank, Node.ANY).forEachRemaining(q ->
                        m.put(q.getSubject().getURI(), Double.parseDouble(q.getObject().getLiteralLexicalForm())));
                return m;
            });
        }
    }
}
