package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.unkg.fixtures.Trees;
import org.unkg.store.Ingester;
import org.unkg.store.Store;

/**
 * The five seeds ingested by the real extractor into a fresh store, served on a free port with the seeds' folder's
 * parent as the ingest root, so the explorer reads their texts.
 *
 * <pre>{@code
 * SeedsServer s = SeedsServer.start();
 * s.url();    // http://127.0.0.1:PORT/
 * s.stop();
 * }</pre>
 */
final class SeedsServer {
    private final Path dir;
    private final Store store;
    private final UnkgServer server;

    private SeedsServer(Path dir, Store store, UnkgServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    static SeedsServer start() throws IOException {
        Path dir = Files.createTempDirectory("unkg-explorer");
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        Ingester.builder().root(seeds.getParent()).build().ingest(dir.resolve("db"), List.of(seeds));
        Store store = Store.open(dir.resolve("db"));
        UnkgServer server = UnkgServer.create().dataset(store.dataset()).root(seeds.getParent()).port(0).build()
                .start();
        return new SeedsServer(dir, store, server);
    }

    String url() {
        return server.url();
    }

    Store store() {
        return store;
    }

    void stop() throws IOException {
        server.stop();
        store.close();
        Trees.delete(dir);
    }
}
