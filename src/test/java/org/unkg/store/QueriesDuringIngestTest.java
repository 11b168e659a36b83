package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries while an ingest writes, as a served store sees them: each document is there whole (its graph holds every
 * triple a clean run stores) or not at all, never half, and the catalog lists exactly the documents that are there.
 * One thread ingests 30 files in write transactions of two files; another counts each graph's triples with SPARQL
 * over and over until the ingest ends.
 */
class QueriesDuringIngestTest {
    private static final int FILES = 30;
    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    Path tmp;

    /** One look at the store: each graph's triple count, and the graphs the catalog lists. */
    private record Snapshot(Map<Node, Long> counts, Set<Node> catalogued) {
    }

    @Test
    void eachDocumentIsSeenWholeOrAbsentWhileTheIngestRuns() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/sc"));
        try (Stream<Path> s = Files.list(Path.of("data", "sc"))) {
            for (Path p : s.sorted().skip(40).limit(FILES).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Map<Node, Long> complete;
        try (Store clean = Store.open(tmp.resolve("clean"))) {
            ingester().ingest(clean, List.of(corpus.getParent()));
            complete = look(clean).counts();
        }
        assertEquals(FILES, complete.size());

        try (Store store = Store.open(tmp.resolve("db"))) {
            AtomicBoolean ingesting = new AtomicBoolean(true);
            CountDownLatch looked = new CountDownLatch(1);
            CompletableFuture<Set<Integer>> reader = CompletableFuture.supplyAsync(() -> {
                Set<Integer> seen = new TreeSet<>();
                do {
                    Snapshot s = look(store);
                    for (var e : s.counts().entrySet()) {
                        assertEquals(complete.get(e.getKey()), e.getValue(), "a graph seen half-written: " + e.getKey());
                    }
                    assertEquals(s.counts().keySet(), s.catalogued(), "the catalog lists the graphs that are there");
                    seen.add(s.counts().size());
                    looked.countDown();
                } while (ingesting.get());
                return seen;
            });
            assertTrue(looked.await(1, TimeUnit.MINUTES), "the reader started");
            try {
                assertEquals(0, ingester().ingest(store, List.of(corpus.getParent())).failed());
            } finally {
                ingesting.set(false);
            }
            Set<Integer> seen = reader.get(1, TimeUnit.MINUTES);
            assertEquals(complete, look(store).counts(), "once the ingest ends, every document is there");
            assertTrue(seen.stream().anyMatch(n -> n > 0 && n < FILES),
                    "the reader saw the store part-way through the ingest: " + seen);
        }
    }

    private Ingester ingester() {
        return Ingester.builder().root(tmp).loader(Ingester.Loader.TRANSACTIONAL).batchFiles(2).threads(1).build();
    }

    /** Each graph's triple count and the catalogued graphs, read in one transaction. */
    private static Snapshot look(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Long> counts = new HashMap<>();
            try (QueryExec q = QueryExec.dataset(store.dataset()).query(COUNTS).build()) {
                RowSet rows = q.select();
                rows.forEachRemaining(b -> {
                    Node g = b.get("g");
                    if (!g.equals(Catalog.GRAPH)) {
                        counts.put(g, ((Number) b.get("n").getLiteralValue()).longValue());
                    }
                });
            }
            Set<Node> catalogued = Catalog.read(store.dataset()).values().stream().map(SourceRecord::graph)
                    .collect(Collectors.toSet());
            return new Snapshot(counts, catalogued);
        });
    }
}
