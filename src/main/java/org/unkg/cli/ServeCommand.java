package org.unkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.unkg.export.Prefixes;
import org.unkg.serve.UnkgServer;
import org.unkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unkg serve}: SPARQL, the Graph Store Protocol and linked data over HTTP, from the store.
 *
 * <pre>{@code
 * unkg serve                          # http://127.0.0.1:3030/
 * unkg serve --port 8080 --query-timeout 10
 * }</pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP until stopped: SPARQL 1.1 Query at /sparql, the Graph Store "
                + "Protocol (read-only) at /data, and every IRI of the graph by its path (base + path), as RDF or "
                + "HTML by content negotiation (303 See Other to PATH.ttl, PATH.html, ...).",
            "Exit status: 0 stopped, 1 the server could not start, 2 usage error."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest a SPARQL query may run (default: ${DEFAULT-VALUE}; 0 for no limit).")
    double queryTimeout;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "Most results a SPARQL query returns (default: ${DEFAULT-VALUE}; 0 for no cap).")
    long resultLimit;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The ingest root: stored file names are relative to it, and the explorer reads "
                    + "resolutions' texts from there (default: the current folder).")
    Path root;

    @Option(names = "--enable-update", description = "Accept SPARQL Update at /update (off by default).")
    boolean enableUpdate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.db)) {
            UnkgServer server = UnkgServer.create().dataset(s.dataset()).base(store.base).host(host).port(port)
                    .queryTimeout(queryTimeout > 0 ? Duration.ofMillis(Math.round(queryTimeout * 1000)) : null)
                    .resultLimit(resultLimit).enableUpdate(enableUpdate).root(root)
                    .prefixes(Prefixes.with(s.prefixes())).build().start();
            String url = server.url();
            out.println("unkg is serving " + store.db + " at " + url);
            out.println("  explorer:           " + url);
            out.println("  SPARQL endpoint:    " + url + "sparql");
            out.println("  Graph Store (read): " + url + "data");
            if (enableUpdate) {
                out.println("  SPARQL Update:      " + url + "update");
            }
            out.println("  VoID:               " + url + ".well-known/void");
            out.println("  things, by path:    " + url + "PATH for " + store.iris().base() + "PATH");
            out.flush();
            server.searchIndexed().whenComplete((line, error) -> {
                out.println(error == null ? "  " + line : "  no search index: " + error.getMessage());
                out.flush();
            });
            server.join();
            return Unkg.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("cannot serve " + store.db + ": " + e.getMessage());
            return Unkg.SOME_FAILED;
        }
    }
}
