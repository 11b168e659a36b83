package org.unkg.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What a store on disk holds, read in a way two runs can be compared: each named graph's triples as strings, with
 * blank nodes labelled alike and the times of reading and file stamps left out (what two runs say differently).
 *
 * <pre>{@code
 * Map<Node, Set<String>> want = StoredGraphs.of(clean);
 * assertEquals(want, StoredGraphs.of(db));
 * StoredGraphs.quads(db);   // every quad, times included: "nothing changed"
 * }</pre>
 */
final class StoredGraphs {
    /**
     * The times of reading, and the file stamps (size and modification time) the catalog records only for files that
     * had settled when read: a cache of the file system that depends on when a run came, not on what it stored.
     */
    private static final Set<String> TIMES = Set.of("http://www.w3.org/ns/prov#generatedAtTime",
            "http://purl.org/dc/terms/modified", "http://www.w3.org/ns/prov#startedAtTime",
            "http://www.w3.org/ns/prov#endedAtTime", Catalog.SIZE.getURI(), Catalog.FILE_MODIFIED.getURI());

    private StoredGraphs() {
    }

    /** Each named graph's triples, without the times of reading. Opens and releases the store. */
    static Map<Node, Set<String>> of(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            ds.begin(ReadWrite.READ);
            try {
                return of(ds.asDatasetGraph());
            } finally {
                ds.end();
            }
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Each named graph's triples, without the times of reading, in the caller's read transaction. */
    static Map<Node, Set<String>> of(DatasetGraph dsg) {
        Map<Node, Set<String>> out = new HashMap<>();
        dsg.find().forEachRemaining((Quad q) -> {
            if (!TIMES.contains(q.getPredicate().getURI())) {
                out.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(text(q.getSubject()) + " "
                        + q.getPredicate() + " " + text(q.getObject()));
            }
        });
        return out;
    }

    /** Every quad, times included. Opens and releases the store. */
    static Set<String> quads(Path db) {
        try (Store s = open(db)) {
            Set<String> out = new HashSet<>();
            s.dataset().begin(org.apache.jena.query.TxnType.READ);
            try {
                s.dataset().find().forEachRemaining(q -> out.add(q.toString()));
            } finally {
                s.dataset().end();
            }
            return out;
        }
    }

    private static Store open(Path db) {
        try {
            return Store.open(db);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A graph that is not what the clean run stored, in a line. */
    static String difference(Set<String> want, Set<String> got) {
        if (want == null) {
            return "a graph the clean run does not have";
        }
        Set<String> missing = new HashSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new HashSet<>(got);
        extra.removeAll(want);
        return missing.size() + " triples missing, " + extra.size() + " extra, e.g. "
                + missing.stream().limit(3).toList() + extra.stream().limit(3).toList();
    }

    private static String text(Node n) {
        return n.isBlank() ? "_" : n.toString();
    }
}
