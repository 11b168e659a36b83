package org.unkg.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
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
 */
public final class UnkgServer {
    private final FusekiServer fuseki;
    private final String host;
    private final Explorer explorer;

    private UnkgServer(Builder b) {
        Context endpointContext = new Context();
        if (b.queryTimeout != null) {
            // Fuseki reads the timeout from the endpoint's context, in milliseconds; it caps a request's own ?timeout.
            endpointContext.set(ARQ.queryTimeout, Long.toString(b.queryTimeout.toMillis()));
        }
        DataService.Builder service = DataService.newBuilder(b.dataset)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql")
                        .context(endpointContext).processor(new LimitedQueryProcessor(b.resultLimit)).build())
                .addEndpoint(Operation.GSP_R, "data");
        if (b.enableUpdate) {
            service.addEndpoint(Operation.Update, "update");
        }
        LinkedDataFilter linkedData = new LinkedDataFilter(b.dataset, new IriScheme(b.base), b.prefixes);
        this.explorer = new Explorer(b.dataset, new IriScheme(b.base), b.prefixes, new SourceTexts(b.root));
        this.fuseki = FusekiServer.create()
                .port(b.port)
                .loopback(isLoopback(b.host))
                .enablePing(true)
                .add("", service.build())
                .addFilter("/*", explorer)
                .addFilter("/*", linkedData)
                .build();
        this.host = b.host;
        if (!isLoopback(b.host) && !b.host.equals("0.0.0.0")) {
            // Fuseki main offers loopback or all interfaces; bind one other address on Jetty's connector directly.
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(b.host);
                }
            }
        }
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
     * Completes with a line saying what the explorer's search index holds once it is built (in the background,
     * from the store and the source files), or exceptionally if it cannot be.
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
        private boolean enableUpdate;
        private Path root = Path.of(".");
        private Map<String, String> prefixes = Prefixes.standard();

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
        /** The most results a SPARQL query returns; 0 for no cap. */
        public Builder resultLimit(long v) { resultLimit = v; return this; }
        /** Accept SPARQL Update at {@code /update}. Off by default: the store is written by {@code unkg ingest}. */
        public Builder enableUpdate(boolean v) { enableUpdate = v; return this; }
        /**
         * The folder that stored file names are relative to (the ingest root), from which the explorer reads
         * resolutions' texts; the current folder by default.
         */
        public Builder root(Path v) { root = v; return this; }
        /** Prefixes for the RDF documents served. */
        public Builder prefixes(Map<String, String> v) { prefixes = new java.util.LinkedHashMap<>(v); return this; }

        public UnkgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve");
            }
            return new UnkgServer(this);
        }
    }
}
