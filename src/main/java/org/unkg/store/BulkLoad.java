package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new store built by TDB2's phased bulk loader in a directory next to the target, and moved into place only when
 * complete. The bulk loader is not transactional, so it never touches a store that holds data; if the load fails,
 * the half-built directory is deleted and the target is as it was.
 *
 * <pre>{@code
 * try (BulkLoad load = BulkLoad.begin(db)) {
 *     load.add(sourceGraph);
 *     load.commit(listener);  // finish indexing (telling the listener), move into place
 * }                           // without commit: abandon and delete
 * }</pre>
 */
final class BulkLoad implements AutoCloseable {
    private final Path target;
    private final Path building;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private boolean done;
    /** Where TDB2's progress lines go: nowhere while files stream in (the CLI draws its own), then to the listener. */
    private volatile java.util.function.Consumer<String> steps = line -> { };

    private BulkLoad(Path target, Path building, DatasetGraph dsg) {
        this.target = target;
        this.building = building;
        this.dsg = dsg;
        // TDB2's progress lines would break into the CLI's progress bar while files stream in; after, they are news
        this.loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> steps.accept(String.format(fmt, args).strip()));
        loader.startBulk();
        this.stream = loader.stream();
    }

    /** Starts building a new store for {@code target}, in a sibling directory. */
    static BulkLoad begin(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path building = SiblingBuild.beside(abs, "loading");
        DatasetGraph dsg = null;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(building));
            return new BulkLoad(abs, building, dsg);
        } catch (RuntimeException e) {
            // a disk too full to make even the new store's files: leave nothing half-built behind
            try {
                if (dsg != null) {
                    TDBInternal.expel(dsg, true);
                }
                SiblingBuild.deleteTree(building);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Streams one file's graph and its catalog entry; returns the number of the file's quads. */
    long add(SourceGraph sg) {
        sg.prefixes().forEach(stream::prefix);
        for (Quad q : sg.quads()) {
            stream.quad(q);
        }
        Catalog.quads(sg, started).forEach(stream::quad);
        return sg.quads().size();
    }

    /** Finishes the indexes, telling {@code listener} each step, and moves the new store into place. */
    void commit(IngestListener listener) throws IOException {
        listener.finishing("building the indexes");
        steps = listener::finishing;
        loader.finishBulk();
        steps = line -> { };
        done = true;
        TDBInternal.expel(dsg);
        StoreLock.clear(building); // closed cleanly: no process id left for the next open to report
        SiblingBuild.moveIntoPlace(building, target); // empty: checked before choosing the bulk loader
    }

    /** Without {@link #commit(IngestListener)}, abandons the load and deletes what was built. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        try {
            loader.finishException(new IOException("ingest abandoned"));
        } finally {
            try {
                // forced: a load that failed on a full disk may leave its transaction open, and expel would refuse
                TDBInternal.expel(dsg, true);
            } finally {
                SiblingBuild.deleteTree(building);
            }
        }
    }
}
