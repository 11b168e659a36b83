package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * unkg's knowledge graph on disk: an embedded TDB2 database holding one named graph per source file, plus the
 * {@link Catalog} of which file each graph came from.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("unkg-db"))) {
 *     store.write(List.of(sourceGraph));     // one write transaction, whole files only
 *     store.remove(List.of("seeds/000.txt"));
 * }
 * }</pre>
 *
 * The default graph that queries see is the union of the named graphs, so a query without {@code GRAPH} sees the
 * whole knowledge graph. One {@code Store} per directory and JVM: closing it releases the directory for another
 * process (TDB2 locks it while open).
 */
public final class Store implements AutoCloseable {
    /** Where the store lives when {@code --db} is not given. */
    public static final Path DEFAULT_LOCATION = Path.of("unkg-db");

    private final Path dir;
    private final DatasetGraph dsg;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        // Queries without GRAPH see every file's triples; set per dataset, not in the global ARQ context.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the store in {@code dir}, creating an empty one if there is none. A lock left by a process that died
     * is taken over (see {@link StoreLock}).
     *
     * @throws StoreInUseException when another running process has the store open
     */
    public static Store open(Path dir) throws IOException {
        if (!holdsData(dir)) {
            create(dir);
        }
        try {
            return new Store(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        } catch (DBOpEnvException e) {
            if (e.getMessage() != null && e.getMessage().contains("lock")) {
                throw new StoreInUseException(dir, e);
            }
            throw e;
        }
    }

    /**
     * Makes an empty store for {@code dir} beside it and moves it into place: a process killed while TDB2 makes its
     * files leaves {@code dir} absent or empty, so the next open starts again, instead of a store that cannot open.
     * When another process made it first, its store stands.
     */
    private static void create(Path dir) throws IOException {
        Path building = SiblingBuild.beside(dir, "creating");
        try {
            DatasetGraph made = DatabaseMgr.connectDatasetGraph(Location.create(building));
            TDBInternal.expel(made);
            StoreLock.clear(building);
            SiblingBuild.moveIntoPlace(building, dir);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            SiblingBuild.deleteTree(building); // made by another process meanwhile
        } catch (IOException | RuntimeException e) {
            try {
                SiblingBuild.deleteTree(building);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Opens the store in {@code dir}, which must already hold one. */
    public static Store openExisting(Path dir) throws IOException {
        if (!holdsData(dir)) {
            throw new IOException("no unkg store in " + dir + " (run unkg ingest first, or give --db)");
        }
        return open(dir);
    }

    /** True when {@code dir} exists and is not empty: a store, or something else that must not be overwritten. */
    public static boolean holdsData(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    /** The directory of the TDB2 database. */
    public Path location() {
        return dir;
    }

    /** The TDB2 dataset, for queries and for the server. Use transactions. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** The namespace prefixes the emitter declared, as stored. */
    public Map<String, String> prefixes() {
        return Txn.calculateRead(dsg, () -> new java.util.LinkedHashMap<>(dsg.prefixes().getMapping()));
    }

    /** Every stored file, by name relative to the ingest root. */
    public Map<String, SourceRecord> sources() {
        return Txn.calculateRead(dsg, () -> Catalog.read(dsg));
    }

    /**
     * Stores every graph of {@code batch} in one write transaction: each replaces its file's previous graph
     * entirely, and the catalog records its hash. Either all of the batch is stored or none of it.
     */
    public void write(List<SourceGraph> batch) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        WriteTransaction.run(dsg, () -> {
            Map<String, SourceRecord> known = Catalog.read(dsg);
            for (SourceGraph sg : batch) {
                SourceRecord old = known.get(sg.file());
                if (old != null && !old.graph().equals(sg.graph())) {
                    // Ingested before under another base IRI: the old graph must not survive next to the new one.
                    drop(old.graph());
                }
                drop(sg.graph());
                for (Quad q : sg.quads()) {
                    dsg.add(q);
                }
                Catalog.record(dsg, sg, now);
                sg.prefixes().forEach((p, ns) -> dsg.prefixes().add(p, ns));
            }
        });
    }

    /**
     * Records new file stamps for stored graphs whose files were found unchanged by their hash, in one write
     * transaction; touches nothing but the catalog's stamps.
     */
    public void restamp(Map<Node, FileStamp> stamps) {
        WriteTransaction.run(dsg, () -> stamps.forEach((g, st) -> Catalog.restamp(dsg, g, st)));
    }

    /** Drops the graphs of the named files in one write transaction; returns the names that were in the store. */
    public List<String> remove(Collection<String> files) {
        return WriteTransaction.of(dsg, () -> {
            Map<String, SourceRecord> known = Catalog.read(dsg);
            List<String> removed = new ArrayList<>();
            for (String f : files) {
                SourceRecord r = known.get(f);
                if (r != null) {
                    drop(r.graph());
                    removed.add(f);
                }
            }
            return removed;
        });
    }

    private void drop(Node graph) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Catalog.forget(dsg, graph);
    }

    /** Releases the database so that another process, or a new {@code Store}, can open the directory. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
        StoreLock.clear(dir);
    }
}
