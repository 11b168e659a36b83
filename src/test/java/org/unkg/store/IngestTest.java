package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.fixtures.LineEmitter;
import org.unkg.fixtures.SampleStore;
import org.unkg.fixtures.Trees;

class IngestTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);

    @TempDir
    Path tmp;

    private final List<FileResult> heard = new ArrayList<>();

    private Ingester ingester(Ingester.Loader loader) {
        return Ingester.builder().root(tmp).loader(loader).emitter(LineEmitter::new).threads(2).batchFiles(2)
                .listener(heard::add).build();
    }

    private Path db() {
        return tmp.resolve("db");
    }

    private static Set<Quad> quads(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }

    private static Set<Quad> quadsOf(Store s, Node g) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void eachFileIsItsOwnGraphNamedByItsPathUnderTheRoot() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        IngestReport r = ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(data));
        assertEquals(3, r.stored());
        assertEquals(2, r.transactions(), "batches of two files");
        try (Store s = Store.open(db())) {
            assertEquals(Set.of("data/ga/A_RES_53_97.txt", "data/ga/A_RES_60_1.txt", "data/sc/S_RES_1373_2001.txt"),
                    s.sources().keySet());
            Node g = IRIS.sourceGraph("data/ga/A_RES_53_97.txt");
            assertEquals(g, s.sources().get("data/ga/A_RES_53_97.txt").graph());
            assertEquals(2 + 4 * 2, quadsOf(s, g).size());
        }
    }

    @Test
    void aChangedFileLeavesNoTripleOfItsOldVersionAndAnUnchangedOneIsSkipped() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(data));
        Node g = IRIS.sourceGraph("data/ga/A_RES_53_97.txt");
        Set<Quad> before;
        Set<Quad> untouched;
        try (Store s = Store.open(db())) {
            before = quadsOf(s, g);
            untouched = quadsOf(s, IRIS.sourceGraph("data/ga/A_RES_60_1.txt"));
        }
        Files.writeString(data.resolve("ga/A_RES_53_97.txt"), "RES A/RES/53/97\nCITES A/RES/52/1 | Recalling 52/1,\n");
        heard.clear();
        IngestReport r = ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(data));
        assertEquals(1, r.stored());
        assertEquals(2, r.skipped());
        try (Store s = Store.open(db())) {
            Set<Quad> after = quadsOf(s, g);
            assertEquals(2 + 4, after.size());
            Node old = IRIS.resolution("A/RES/35/168");
            assertTrue(after.stream().noneMatch(q -> q.getObject().equals(old)), "old citation gone");
            assertTrue(after.stream().noneMatch(before::contains) || after.stream()
                    .filter(before::contains).allMatch(q -> !q.getSubject().isBlank()), "no old citation node");
            assertEquals(untouched, quadsOf(s, IRIS.sourceGraph("data/ga/A_RES_60_1.txt")), "skipped file intact");
        }
        assertEquals(2, heard.stream().filter(f -> f.status() == FileResult.Status.SKIPPED).count());
    }

    @Test
    void aBadFileIsReportedAndTheOthersStoredWhileStoredDataIsKept() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(data));
        Set<Quad> before;
        try (Store s = Store.open(db())) {
            before = quads(s);
        }
        Path more = tmp.resolve("more");
        Files.createDirectories(more);
        Files.writeString(more.resolve("empty.txt"), "");
        Files.writeString(more.resolve("good.txt"), "RES A/RES/78/1\n");
        heard.clear();
        IngestReport r = ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(more, tmp.resolve("nowhere")));
        assertEquals(2, r.failed());
        assertEquals(1, r.stored());
        assertTrue(heard.contains(FileResult.failed(more.resolve("empty.txt").toString(), "the file is empty")),
                heard.toString());
        assertTrue(heard.stream().anyMatch(f -> f.toString().equals(tmp.resolve("nowhere") + ": no such file or directory")));
        try (Store s = Store.open(db())) {
            Set<Quad> after = quads(s);
            assertTrue(after.containsAll(before), "nothing stored is lost");
            assertFalse(s.sources().containsKey("more/empty.txt"));
            assertTrue(s.sources().containsKey("more/good.txt"));
        }
    }

    @Test
    void removeDropsAGraphAndItsCatalogEntry() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(data));
        try (Store s = Store.open(db())) {
            assertEquals(List.of("data/sc/S_RES_1373_2001.txt"),
                    s.remove(List.of("data/sc/S_RES_1373_2001.txt", "data/not-there.txt")));
            Node g = IRIS.sourceGraph("data/sc/S_RES_1373_2001.txt");
            assertTrue(quadsOf(s, g).isEmpty());
            assertTrue(quads(s).stream().noneMatch(q -> q.getSubject().equals(g)), "catalog forgets it");
            assertEquals(2, s.sources().size());
        }
    }

    @Test
    void theBulkLoaderBuildsTheSameStoreAsTransactions() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        IngestReport bulk = ingester(Ingester.Loader.BULK).ingest(db(), List.of(data));
        assertTrue(bulk.loader().contains("bulk"), bulk.loader());
        IngestReport tx = Ingester.builder().root(tmp).loader(Ingester.Loader.TRANSACTIONAL)
                .emitter(LineEmitter::new).build().ingest(tmp.resolve("db2"), List.of(data));
        assertEquals(bulk.quads(), tx.quads());
        try (Store a = Store.open(db()); Store b = Store.open(tmp.resolve("db2"))) {
            assertEquals(a.sources().keySet(), b.sources().keySet());
            assertEquals(withoutTimesAndBlanks(quads(a)), withoutTimesAndBlanks(quads(b)));
        }
        try (var leftovers = Files.list(tmp)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().contains(".loading-")),
                    "the building directory was moved into place");
        }
    }

    @Test
    void theBulkLoaderNeverWritesIntoAStoreThatHoldsData() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        ingester(Ingester.Loader.TRANSACTIONAL).ingest(db(), List.of(data));
        assertThrows(IOException.class, () -> ingester(Ingester.Loader.BULK).ingest(db(), List.of(data)));
        try (Store s = Store.open(db())) {
            assertEquals(3, s.sources().size());
        }
    }

    @Test
    void autoBulkLoadsOnlyANewStoreOfManyFiles() throws IOException {
        Path data = SampleStore.write(tmp.resolve("data"));
        Ingester auto = Ingester.builder().root(tmp).emitter(LineEmitter::new).bulkThreshold(3).build();
        assertTrue(auto.ingest(db(), List.of(data)).loader().contains("bulk"));
        Files.writeString(data.resolve("x.txt"), "RES A/RES/1/1\n");
        assertTrue(auto.ingest(db(), List.of(data)).loader().startsWith("transactional"));
    }

    @Test
    void aPathOutsideTheRootIsStoredUnderItsAbsolutePathHoweverItIsReached() throws IOException {
        Path elsewhere = Files.createTempDirectory("unkg-outside");
        try {
            Path file = SampleStore.write(elsewhere).resolve(SampleStore.files().keySet().iterator().next());
            Ingester in = Ingester.builder().root(tmp.resolve("root")).emitter(LineEmitter::new).listener(heard::add)
                    .build();
            IngestReport r = in.ingest(db(), List.of(elsewhere));
            assertEquals(0, r.failed(), heard.toString());
            String name = file.toAbsolutePath().normalize().toString().replace('\\', '/');
            assertEquals(name, SourceFile.nameOf(tmp.resolve("root"), file));
            assertEquals(0, in.ingest(db(), List.of(file)).stored(), "the same file reached by itself is unchanged");
        } finally {
            Trees.delete(elsewhere);
        }
    }

    /** Quads with the catalog's ingest times dropped and blank nodes labelled alike, for comparing two stores. */
    /**
     * The quads without the time of reading and the file stamps, which the catalog records only for files that had
     * settled when read (two runs seconds apart differ there, not in what they stored), blank nodes alike.
     */
    private static Set<String> withoutTimesAndBlanks(Set<Quad> quads) {
        Set<String> out = new HashSet<>();
        Set<Node> cached = Set.of(NodeFactory.createURI("http://purl.org/dc/terms/modified"), Catalog.SIZE,
                Catalog.FILE_MODIFIED);
        for (Quad q : quads) {
            if (!cached.contains(q.getPredicate())) {
                out.add((q.getSubject().isBlank() ? "_" : q.getSubject().toString()) + " " + q.getPredicate() + " "
                        + (q.getObject().isBlank() ? "_" : q.getObject().toString()) + " " + q.getGraph());
            }
        }
        return out;
    }
}
