package org.unkg.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.Prefixes;

/**
 * unkg's web server: embedded Fuseki main with SPARQL at {@code /sparql}, the read-only Graph Store Protocol at
 * {@code /data}, and every IRI of the graph dereferenceable by its path, in RDF or HTML. Immutable once built.
 *
 * <pre>{@code
 * UnkgServer server = UnkgServer.create().dataset(store.dataset()).port(0).build().start();
 * URI sparql = URI.create(server.url() + "sparql");
 * server.stop();
 * }</pre>
 *
 * <p>Paths: {@code /} the explorer's home page, {@code /explore/} its views and {@code /api/} their JSON (see
 * {@link Explorer}); {@code /sparql} SPARQL 1.1 Query (GET and POST); {@code /data} Graph Store Protocol,
 * read-only; {@code /update} SPARQL Update, only with {@link Builder#enableUpdate}; {@code /.well-known/void} the
 * VoID description; {@code /dump.EXT.gz} the whole store in any syntax of {@link org.unkg.export.RdfSyntax};
 * {@code /assets/} the page style. Any other path P names the thing {@code base + P}; see {@link LinkedDataFilter}
 * for how it is served.
 *
 * <p>Hardened by default: loopback only, no writes, no {@code SERVICE} calls ({@link ServicePolicy}), results
 * complete or refused ({@link LimitedQueryProcessor}), size limits ({@link RequestLimits}), a concurrency limit
 * ({@link ConcurrencyLimit}), cross-origin reads only ({@link Cors}), and security headers on every response
 * ({@link SecurityHeaders}).
 */
public final class UnkgServer {
    /** The largest answer the response cache keeps: a page is tens of kilobytes, a popular thing's query megabytes. */
    static final int RESPONSE_CACHE_ENTRY = 2 << 20;
    private final FusekiServer fuseki;
    private final String host;
    private final Explorer explorer;

    private UnkgServer(Builder b) {
        Context endpointContext = new Context();
        if (b.queryTimeout != null) {
            // Fuseki reads the timeout from the endpoint's context, in milliseconds; it caps a request's own ?timeout.
            endpointContext.set(ARQ.queryTimeout, Long.toString(b.queryTimeout.toMillis()));
        }
        b.services.install(endpointContext, b.queryTimeout);
        DataService.Builder service = DataService.newBuilder(b.dataset)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql")
                        .context(endpointContext).processor(new LimitedQueryProcessor(b.resultLimit, b.services))
                        .build())
                .addEndpoint(b.writes.writable() ? Operation.GSP_RW : Operation.GSP_R, "data");
        if (b.writes.writable()) {
            Context updateContext = new Context();
            b.services.install(updateContext, b.queryTimeout);
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .context(updateContext).processor(new LocalUpdateProcessor(b.services)).build());
        }
        // labels, facts and citations, read once for a thing's explorer page and its linked-data page until the
        // store changes
        PageMemos memos = PageMemos.sized();
        LinkedDataFilter linkedData = new LinkedDataFilter(b.dataset, new IriScheme(b.base), b.prefixes, memos);
        this.explorer = new Explorer(b.dataset, new IriScheme(b.base), b.prefixes, new SourceTexts(b.root), memos,
                b.searchIndexDir);
        this.fuseki = FusekiServer.create()
                .port(b.port)
                .loopback(isLoopback(b.host))
                .enablePing(true)
                .enableCors(false)  // Cors below: reads only
                .add("", service.build())
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new Cors(b.corsOrigins))
                .addFilter("/*", new RequestLimits(b.maxUrl, b.maxBody))
                .addFilter("/*", new ConcurrencyLimit(b.maxConcurrent, b.queueWait))
                .addFilter("/*", b.writes)
                .addFilter("/*", new ResponseCache(b.dataset, b.responseCacheBytes, RESPONSE_CACHE_ENTRY))
                .addFilter("/*", explorer)
                .addFilter("/*", linkedData)
                .build();
        this.host = b.host;
        Server jetty = fuseki.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                if (!isLoopback(b.host) && !b.host.equals("0.0.0.0")) {
                    // Fuseki main offers loopback or all interfaces; bind another address on Jetty's connector.
                    sc.setHost(b.host);
                }
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    // room for the URL limit and ordinary headers, so that RequestLimits answers a long URL itself
                    http.getHttpConfiguration().setRequestHeaderSize(Math.max(16 * 1024, b.maxUrl + 8 * 1024));
                }
            }
        }
        // what Jetty refuses before any filter runs (a request it cannot parse) gets the same headers
        jetty.setErrorHandler(new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                SecurityHeaders.addTo(response.getHeaders());
                return super.handle(request, response, callback);
            }
        });
    }

    /** A builder: loopback, port 3030, base {@link IriScheme#DEFAULT_BASE}, 60 s timeout, 10,000 results. */
    public static Builder create() {
        return new Builder();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** Starts serving; returns at once. */
    public UnkgServer start() {
        fuseki.start();
        return this;
    }

    /** Stops serving. */
    public void stop() {
        fuseki.stop();
        explorer.close();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /**
     * Completes with a line saying what the explorer's search index holds once it is open (in the background:
     * reused from {@link Builder#searchIndexDir}, or built from the store and the source files) and whether it was
     * reused or built, or exceptionally if it cannot be.
     */
    public java.util.concurrent.CompletableFuture<String> searchIndexed() {
        return explorer.indexing().thenApply(SearchIndex::summary);
    }

    /** The port listened on (the one chosen, when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, ending in {@code /}. */
    public String url() {
        String h = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** Builder for {@link UnkgServer}, after Fuseki main's. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String base = IriScheme.DEFAULT_BASE;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(60);
        private long resultLimit = 10_000;
        private WriteAuth writes = WriteAuth.readOnly();
        private boolean enableUpdate;
        private ServicePolicy services = ServicePolicy.refuseAll();
        private int maxUrl = 8 * 1024;
        private long maxBody = 64 * 1024;
        private int maxConcurrent = 16;
        private long responseCacheBytes = 64L << 20;
        private Duration queueWait = Duration.ofSeconds(10);
        private List<String> corsOrigins = List.of("*");
        private Path root = Path.of(".");
        private Map<String, String> prefixes = Prefixes.standard();
        private Path searchIndexDir;

        private Builder() {
        }

        /** The dataset to serve (the store's); its default graph should be the union of its named graphs. */
        public Builder dataset(DatasetGraph v) { dataset = v; return this; }
        /** The base IRI: a request for path P is about {@code base + P}. */
        public Builder base(String v) { base = v; return this; }
        /** The address to listen on; loopback by default. */
        public Builder host(String v) { host = v; return this; }
        /** The port; 0 picks a free one. */
        public Builder port(int v) { port = v; return this; }
        /** The longest a SPARQL query may run; null for no limit. */
        public Builder queryTimeout(Duration v) { queryTimeout = v; return this; }
        /**
         * The most rows (triples) a SPARQL result may have: a larger one answers 422, never cut; 0 for no cap (the
         * timeout alone then bounds the result held in memory).
         */
        public Builder resultLimit(long v) { resultLimit = v; return this; }
        /**
         * Accept SPARQL Update at {@code /update} and Graph Store writes at {@code /data}, from clients with the
         * credentials of {@link #writeToken} or {@link #passwordFile} (one is required). Off by default: the store
         * is written by {@code unkg ingest}.
         */
        public Builder enableUpdate(boolean v) { enableUpdate = v; return this; }
        /** A bearer token (16 characters or more) that writes: {@code Authorization: Bearer TOKEN}. */
        public Builder writeToken(String token) { writes = writes.or(WriteAuth.token(token)); return this; }
        /** A file of lines {@code user:password} whose users write, by HTTP Basic. */
        public Builder passwordFile(Path file) throws java.io.IOException {
            writes = writes.or(WriteAuth.passwordFile(file));
            return this;
        }
        /** The URL prefixes a query's {@code SERVICE} may call (http or https); none by default. */
        public Builder serviceAllow(List<String> prefixes) { services = ServicePolicy.allow(prefixes); return this; }
        /** The longest URL (path and query string) accepted, in characters; 8 KB by default (414 beyond). */
        public Builder maxUrl(int v) { maxUrl = v; return this; }
        /** The largest request body accepted, in bytes; 64 KB by default (413 beyond). */
        public Builder maxBody(long v) { maxBody = v; return this; }
        /**
         * At most this many requests at once (16 by default); the next waits up to {@code wait} (10 s by default)
         * for a turn, then answers 503 with {@code Retry-After}.
         */
        public Builder maxConcurrent(int v, Duration wait) { maxConcurrent = v; queueWait = wait; return this; }

        /** The most bytes of whole answers kept until the store changes ({@link ResponseCache}); 0 keeps none. */
        public Builder responseCache(long bytes) { responseCacheBytes = bytes; return this; }
        /** The origins whose pages may read cross-origin ({@code *}: any, the default; empty: none); never write. */
        public Builder corsOrigins(List<String> v) { corsOrigins = List.copyOf(v); return this; }
        /**
         * The folder that stored file names are relative to (the ingest root), from which the explorer reads
         * resolutions' texts; the current folder by default.
         */
        public Builder root(Path v) { root = v; return this; }
        /**
         * The folder to keep the explorer's search index in between starts, in its {@code search-index/}: the
         * store's folder. The next start with the same resolutions opens it instead of reading every text again;
         * a folder that cannot be written in gets an index in a temporary folder. None by default: built in memory
         * at each start, for a small or in-memory dataset.
         */
        public Builder searchIndexDir(Path v) { searchIndexDir = v; return this; }
        /** Prefixes for the RDF documents served. */
        public Builder prefixes(Map<String, String> v) { prefixes = new java.util.LinkedHashMap<>(v); return this; }

        public UnkgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve");
            }
            if (enableUpdate != writes.writable()) {
                throw new IllegalStateException(enableUpdate
                        ? "writes need credentials: a write token or a password file"
                        : "write credentials given, but writes are not enabled");
            }
            return new UnkgServer(this);
        }
    }
}
