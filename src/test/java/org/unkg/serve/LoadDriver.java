package org.unkg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on a running server, from the JDK alone so that it also runs as a script
 * ({@code java src/test/java/org/unkg/serve/LoadDriver.java URL [PER_KIND [CLIENTS]]}, see {@code bench/load/run.sh}):
 * each kind of request in turn, PER_KIND requests of it from CLIENTS clients at once, then all kinds mixed, then
 * cited-by from one client; throughput, p50 and p99 for each. The kinds ({@link #KINDS}), over the resolutions the
 * server holds and the mentions in them: the named queries cited-by and cites ({@code queries/*.rq}) POSTed to
 * {@code /sparql}, a citation's context (its mention: verb, section, paragraph, quoted passage, file), the lineage
 * three steps back ({@code queries/cited-by-transitive.rq} with {@code cito:cites{1,3}}) and the explorer's
 * three-step timeline, the explorer page and the linked-data page of a resolution, the top 20 by citations and by
 * PageRank, a search, and a 303 to Turtle. Any status of 400 or more, or any failed exchange, is an error.
 *
 * <p>Warm by default: 200 resolutions, each asked about once by each kind in a warm-up, so that a phase measures
 * answers the server has kept ({@link ResponseCache}, the page memos). With {@code UNKG_BENCH_COLD=1}, the warm-up's
 * requests are then sent again {@code UNKG_BENCH_JIT_ROUNDS} times (10) asking for fresh answers, to warm the JIT,
 * and each request of a phase asks
 * about a resolution that nothing asked about before: the first visit, with everything read from the store.
 *
 * <pre>{@code
 * LoadDriver.Result r = LoadDriver.run("http://127.0.0.1:3030/", 500, 16);          // the kinds mixed
 * LoadDriver.Result c = LoadDriver.run("http://127.0.0.1:3030/", List.of("cited-by"), 300, 1);
 * r.summary();    // "500 requests, 16 clients: 0 errors, 212.3 requests/s, p50 41.2 ms, p99 180.5 ms"
 * }</pre>
 */
public final class LoadDriver {
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"(https?://[^\"]+)\"");
    private static final Pattern PATH = Pattern.compile("https?://[^/\"]+(/[^\"]+)");
    /** The kinds of request, in the order run and reported. */
    public static final List<String> KINDS = List.of("cited-by", "cites", "context", "lineage-sparql", "lineage",
            "explorer", "page", "most-cited", "pagerank", "search", "turtle-303");

    /** What a run measured; latencies in microseconds. */
    public record Result(String name, int requests, int clients, int errors, double seconds, long p50, long p99,
            Map<String, Integer> failures) {
        public String summary() {
            return String.format(Locale.ROOT,
                    "%d requests, %d clients: %d errors, %.1f requests/s, p50 %.1f ms, p99 %.1f ms%s", requests,
                    clients, errors, requests / seconds, p50 / 1000.0, p99 / 1000.0,
                    failures.isEmpty() ? "" : " " + failures);
        }

        /** One row of a Markdown table: name, clients, requests, errors, requests/s, p50, p99. */
        public String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f ms | %.1f ms |%s", name, clients,
                    requests, errors, requests / seconds, p50 / 1000.0, p99 / 1000.0,
                    failures.isEmpty() ? "" : " " + failures);
        }
    }

    /** What the requests are made from: the server's resolutions (paths) and mentions (IRIs), and the queries. */
    private record Targets(List<String> paths, List<String> mentions, Map<String, String> queries) {
    }

    private LoadDriver() {
    }

    /** {@code requests} requests of all kinds in turn from {@code clients} clients. */
    public static Result run(String url, int requests, int clients) throws Exception {
        return run(url, KINDS, requests, clients);
    }

    /** {@code requests} requests of {@code kinds} in turn from {@code clients} clients. */
    public static Result run(String url, List<String> kinds, int requests, int clients) throws Exception {
        HttpClient http = client();
        return run(http, url, targets(http, url, 200), kinds, requests, clients, 0, false);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "load-driver-http");
                    t.setDaemon(true); // a failed run ends the JVM
                    return t;
                })).build();
    }

    /**
     * As {@link #run(String, List, int, int)}, about the targets from the {@code first}-th on; {@code fresh} asks
     * the server for answers read from the store, not kept ones.
     */
    private static Result run(HttpClient http, String url, Targets t, List<String> kinds, int requests, int clients,
            int first, boolean fresh) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String kind = kinds.get(i % kinds.size());
                    HttpRequest r = request(url, t, kind, first + i / kinds.size(), fresh);
                    long s = System.nanoTime();
                    String failure;
                    try {
                        int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                        failure = status >= 400 ? status + " " + kind : null;
                    } catch (Exception e) {
                        failure = e.getClass().getSimpleName() + " " + kind;
                    }
                    latencies[i] = (System.nanoTime() - s) / 1000;
                    if (failure != null) {
                        errors.incrementAndGet();
                        failures.merge(failure, 1, Integer::sum);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(kinds.size() == 1 ? kinds.get(0) : "mixed", requests, clients, errors.get(), seconds,
                sorted[(int) (requests * 0.50)], sorted[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)],
                new TreeMap<>(failures));
    }

    /** Request {@code n} of {@code kind}: the n-th resolution (or mention) the server holds, round and round. */
    private static HttpRequest request(String url, Targets t, String kind, int n, boolean fresh) {
        String path = t.paths().get(n % t.paths().size());
        String iri = "<https://unkg.org" + path + ">";
        String number = path.replaceAll(".*/RES/", "");
        BiFunction<String, String, HttpRequest.Builder> sparql = (name, values) -> HttpRequest
                .newBuilder(URI.create(url + "sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(t.queries().get(name).replaceFirst("WHERE \\{",
                        "WHERE {\n  VALUES " + values)));
        HttpRequest.Builder b = switch (kind) {
            case "cited-by", "cites" -> sparql.apply(kind, "?res { " + iri + " }");
            case "context" -> sparql.apply(kind, "?m { <" + t.mentions().get(n % t.mentions().size()) + "> }");
            case "lineage-sparql" -> sparql.apply(kind, "?res { " + iri + " }");
            case "lineage" -> HttpRequest.newBuilder(URI.create(url + "api/lineage" + path + "?depth=3"));
            case "explorer" -> HttpRequest.newBuilder(URI.create(url + "explore" + path));
            case "page" -> HttpRequest.newBuilder(URI.create(url + path.substring(1) + ".html"));
            case "most-cited" -> HttpRequest.newBuilder(URI.create(url + "api/rankings?by=cited&limit=20"));
            case "pagerank" -> HttpRequest.newBuilder(URI.create(url + "api/rankings?by=pageRank&limit=20"));
            case "search" -> HttpRequest.newBuilder(URI.create(url + "api/search?q="
                    + URLEncoder.encode(number, StandardCharsets.UTF_8)));
            case "turtle-303" -> HttpRequest.newBuilder(URI.create(url + path.substring(1)))
                    .header("Accept", "text/turtle");
            default -> throw new IllegalArgumentException("no such kind: " + kind + " (kinds: " + KINDS + ")");
        };
        if (fresh) {
            b.header("Cache-Control", "no-cache");
        }
        return b.timeout(Duration.ofSeconds(60)).build();
    }

    /**
     * The resolutions requests are made about, the mentions of the first 50, and the queries. By default 200
     * resolutions drawn at random (seed 1) from every resolution the store holds, as users arrive at any of them;
     * with {@code UNKG_BENCH_SAMPLE=first}, the first 200 the store lists, which in a store loaded in date order are
     * the oldest and, in a citation network, the most cited: the heavy end of every kind.
     */
    private static Targets targets(HttpClient http, String url, int size) throws Exception {
        boolean first = "first".equals(System.getenv("UNKG_BENCH_SAMPLE"));
        List<String> all = new ArrayList<>();
        String list = "PREFIX unkg: <https://unkg.org/ontology#> SELECT DISTINCT ?r { ?r a unkg:Resolution } ";
        for (int page = 0; ; page++) { // pages under the server's cap on rows
            List<String> rows = select(http, url, list + "LIMIT 5000 OFFSET " + page * 5000);
            all.addAll(rows);
            if (first && all.size() >= size || rows.size() < 5000) {
                break;
            }
        }
        if (!first) {
            java.util.Collections.shuffle(all, new java.util.Random(1));
        }
        List<String> paths = new ArrayList<>();
        for (String iri : all) {
            Matcher m = PATH.matcher(iri);
            if (paths.size() < size && m.matches() && m.group(1).contains("/RES/")) {
                paths.add(m.group(1));
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("the server at " + url + " holds no resolution");
        }
        StringBuilder values = new StringBuilder();
        paths.stream().limit(Math.max(50, size / 4)).forEach(p -> values.append(" <https://unkg.org").append(p).append('>'));
        List<String> mentions = select(http, url, "PREFIX cito: <http://purl.org/spar/cito/> SELECT ?m { VALUES ?r {"
                + values + " } ?m cito:hasCitingEntity ?r } LIMIT " + Math.max(200, size));
        if (mentions.isEmpty()) {
            throw new IllegalStateException("the server at " + url + " holds no citation");
        }
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("cited-by", Files.readString(Path.of("queries", "cited-by.rq")));
        queries.put("cites", Files.readString(Path.of("queries", "cites.rq")));
        // three steps back, not the whole closure: what the timeline shows. Written as a first step from the bound
        // end, since ARQ expands "?descendant cito:cites{1,3} ?res" (and its inverse) into "?descendant cito:cites
        // ?x . ?x cito:cites{0,2} ?res", whose first step, from the unbound end, reads every citation in the store
        queries.put("lineage-sparql", Files.readString(Path.of("queries", "cited-by-transitive.rq"))
                .replace("?descendant cito:cites+ ?res", "?res ^cito:cites/(^cito:cites){0,2} ?descendant"));
        queries.put("context", """
                PREFIX unkg: <https://unkg.org/ontology#>
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX oa:   <http://www.w3.org/ns/oa#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?citing ?cited ?verb ?section ?paragraph ?quoted ?start ?end ?file
                WHERE {
                  ?m cito:hasCitingEntity ?citing ; cito:hasCitedEntity ?cited .
                  OPTIONAL { ?m unkg:verb ?verb }
                  OPTIONAL { ?m unkg:inSection ?section }
                  OPTIONAL { ?m unkg:citingParagraph ?paragraph }
                  OPTIONAL { ?m oa:hasTarget/oa:hasSelector/oa:exact ?quoted }
                  OPTIONAL { ?m oa:hasTarget/oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }
                  OPTIONAL { ?m prov:wasDerivedFrom/unkg:path ?file }
                }""");
        return new Targets(paths, mentions, queries);
    }

    /** The IRIs a SELECT of one variable answers. */
    private static List<String> select(HttpClient http, String url, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the server answered " + r.statusCode() + " to " + query + ": " + r.body());
        }
        String json = r.body();
        List<String> out = new ArrayList<>();
        Matcher m = VALUE.matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * {@code URL [PER_KIND [CLIENTS [KIND,...]]]}: PER_KIND (300) requests of each kind from CLIENTS (32) clients, then
     * as many of all the kinds mixed, then PER_KIND cited-by from one client; prints a table. Exit status 1 when any
     * request failed.
     */
    public static void main(String[] args) throws Exception {
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        List<String> kinds = args.length > 3 ? List.of(args[3].split(",")) : KINDS;
        // cold: every request of a phase asks about a resolution that no request before it asked about (the
        // warm-up has its own); warm (the default): 200 resolutions, all asked about in the warm-up
        boolean cold = "1".equals(System.getenv("UNKG_BENCH_COLD"));
        int phases = kinds.size() + (kinds.size() > 1 ? 1 : 0) + (kinds.contains("cited-by") ? 1 : 0);
        // warm: each kind asked about each of the 200 resolutions once; cold: enough to warm the server's code
        int warmUp = cold ? Math.min(200, perKind * kinds.size()) : 200 * kinds.size();
        HttpClient http = client();
        Targets t = targets(http, url, cold ? warmUp + perKind * phases : 200);
        System.out.println("targets: " + t.paths().size() + " resolutions, " + t.mentions().size() + " mentions"
                + (cold ? "; cold: each request about a resolution not asked about before" : ""));
        run(http, url, t, kinds, warmUp, clients, 0, false); // warm-up, not counted
        // cold: a server just started compiles its code for its first thousands of requests; the warm-up's requests
        // are sent again asking for fresh answers (Cache-Control: no-cache), which runs the whole query and page
        // code on resolutions that the measured phases never ask about
        int rounds = cold ? Integer.parseInt(System.getenv().getOrDefault("UNKG_BENCH_JIT_ROUNDS", "10")) : 0;
        for (int r = 0; r < rounds; r++) {
            run(http, url, t, kinds, warmUp, clients, 0, true);
        }
        int first = cold ? warmUp : 0;
        int step = cold ? perKind : 0;
        List<Result> results = new ArrayList<>();
        System.out.println("| kind | clients | requests | errors | requests/s | p50 | p99 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String kind : kinds) {
            results.add(report(run(http, url, t, List.of(kind), perKind, clients, first, false)));
            first += step;
        }
        if (kinds.size() > 1) {
            results.add(report(run(http, url, t, kinds, perKind * kinds.size(), clients, first, false)));
            first += step;
        }
        if (kinds.contains("cited-by")) {
            results.add(report(run(http, url, t, List.of("cited-by"), perKind, 1, first, false)));
        }
        int errors = results.stream().mapToInt(Result::errors).sum();
        int requests = results.stream().mapToInt(Result::requests).sum();
        System.out.println(requests + " requests measured, " + errors + " errors");
        System.exit(errors == 0 ? 0 : 1);
    }

    private static Result report(Result r) {
        System.out.println(r.row());
        return r;
    }
}
