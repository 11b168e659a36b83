package org.unkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.unkg.export.Prefixes;
import org.unkg.serve.UnkgServer;
import org.unkg.store.Store;
import org.unkg.store.StoreInUseException;

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
            "By default: loopback only, read-only, no SERVICE calls, a result over --result-limit answers 422 "
                + "(never cut), a query over --query-timeout answers 503 before any byte is sent.",
            "The explorer's search index is kept in the store's folder (DIR/search-index/) and reused by the next "
                + "start while the store's resolutions and their files are unchanged; otherwise built again there.",
            "Exit status: 0 stopped, 1 the server could not start, 2 usage error, 3 the store is in use by another "
                + "process."})
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
            description = "Longest a SPARQL query may run, SERVICE calls included; past it the answer is 503 and "
                    + "no byte of the result is sent (default: ${DEFAULT-VALUE}; 0 for no limit).")
    double queryTimeout;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a SPARQL result may have; a larger "
                    + "one answers 422, never cut (default: ${DEFAULT-VALUE}; 0 for no cap, and then only "
                    + "--query-timeout bounds the result held in memory).")
    long resultLimit;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The ingest root: stored file names are relative to it, and the explorer reads "
                    + "resolutions' texts from there (default: the current folder).")
    Path root;

    @Option(names = "--enable-update", description = "Accept SPARQL Update at /update and Graph Store writes at "
            + "/data (off by default), from clients with credentials: --token-file, --token-env or --password-file.")
    boolean enableUpdate;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token (16 characters or more) that writes: "
                    + "Authorization: Bearer TOKEN.")
    Path tokenFile;

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "An environment variable holding the bearer token that writes.")
    String tokenEnv;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file of lines user:password whose users write, by HTTP Basic (use it over HTTPS or "
                    + "loopback only).")
    Path passwordFile;

    @Option(names = "--service-allow", paramLabel = "URL-PREFIX",
            description = "Let SPARQL SERVICE call http(s) addresses starting with this prefix (repeatable). "
                    + "By default SERVICE is refused (400) and the server connects nowhere.")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--max-url", paramLabel = "CHARS", defaultValue = "8192",
            description = "Longest URL accepted, path and query string (default: ${DEFAULT-VALUE}; 414 beyond).")
    int maxUrl;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "65536",
            description = "Largest request body accepted: a POSTed query, an update (default: ${DEFAULT-VALUE}; "
                    + "413 beyond).")
    long maxBody;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "16",
            description = "Most requests served at once (default: ${DEFAULT-VALUE}); others wait up to "
                    + "--queue-wait, then get 503 with Retry-After.")
    int maxConcurrent;

    @Option(names = "--response-cache", paramLabel = "MB", defaultValue = "64",
            description = "Megabytes of whole answers (pages, query results) kept until the store changes, so that "
                    + "one asked again is sent without reading the store (default: ${DEFAULT-VALUE}; 0: none).")
    long responseCacheMb;

    @Option(names = "--queue-wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest a request waits for a turn (default: ${DEFAULT-VALUE}).")
    double queueWait;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", defaultValue = "*", split = ",",
            description = "Origins whose web pages may read cross-origin (default: ${DEFAULT-VALUE}, any; "
                    + "'none' for none). Cross-origin writes are never allowed.")
    List<String> corsOrigins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean credentials = tokenFile != null || tokenEnv != null || passwordFile != null;
        if (enableUpdate != credentials) {
            spec.commandLine().getErr().println(enableUpdate
                    ? "--enable-update needs credentials for the writers: --token-file, --token-env or --password-file"
                    : "--token-file, --token-env and --password-file go with --enable-update");
            return Unkg.USAGE;
        }
        store.noteLockLeftBehind(spec.commandLine().getErr());
        try (Store s = Store.open(store.db)) {
            UnkgServer.Builder b = UnkgServer.create().dataset(s.dataset()).base(store.base).host(host).port(port)
                    .queryTimeout(queryTimeout > 0 ? Duration.ofMillis(Math.round(queryTimeout * 1000)) : null)
                    .resultLimit(resultLimit).enableUpdate(enableUpdate).root(root)
                    .searchIndexDir(s.location()) // kept in the store's folder: the next start reuses it
                    .maxUrl(maxUrl).maxBody(maxBody)
                    .maxConcurrent(maxConcurrent, Duration.ofMillis(Math.round(queueWait * 1000)))
                    .responseCache(responseCacheMb << 20)
                    .corsOrigins(corsOrigins.contains("none") ? List.of() : corsOrigins)
                    .prefixes(Prefixes.with(s.prefixes()));
            if (!serviceAllow.isEmpty()) {
                b.serviceAllow(serviceAllow);
            }
            if (tokenFile != null) {
                b.writeToken(Files.readString(tokenFile));
            }
            if (tokenEnv != null) {
                String token = System.getenv(tokenEnv);
                if (token == null) {
                    throw new IOException("the environment variable " + tokenEnv + " is not set");
                }
                b.writeToken(token);
            }
            if (passwordFile != null) {
                b.passwordFile(passwordFile);
            }
            if (responseCacheMb < 0) {
                throw new IllegalArgumentException("--response-cache must be 0 or more megabytes: " + responseCacheMb);
            }
            UnkgServer server = b.build().start();
            String url = server.url();
            out.println("unkg is serving " + store.db + " at " + url);
            out.println("  explorer:           " + url);
            out.println("  SPARQL endpoint:    " + url + "sparql");
            out.println("  Graph Store:        " + url + "data" + (enableUpdate ? " (writes with credentials)" : ""));
            if (enableUpdate) {
                out.println("  SPARQL Update:      " + url + "update (with credentials)");
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
        } catch (IllegalArgumentException e) {
            // a bad option value: a short token, a SERVICE prefix that is no http(s) URL
            spec.commandLine().getErr().println(e.getMessage());
            return Unkg.USAGE;
        } catch (StoreInUseException e) {
            return store.inUse(spec.commandLine().getErr(), e);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("cannot serve " + store.db + ": " + e.getMessage());
            return Unkg.SOME_FAILED;
        }
    }
}
