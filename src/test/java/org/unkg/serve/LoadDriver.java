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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on a running server, from the JDK alone so that it also runs as a script
 * ({@code java src/test/java/org/unkg/serve/LoadDriver.java URL REQUESTS CLIENTS}, see {@code bench/load/run.sh}):
 * REQUESTS requests from CLIENTS clients at once, in turn the named query cited-by ({@code queries/cited-by.rq})
 * POSTed to {@code /sparql}, an explorer page, a linked-data page, a search and a 303 to Turtle, over the
 * resolutions the server holds. Any status of 400 or more, or any failed exchange, is an error.
 *
 * <pre>{@code
 * LoadDriver.Result r = LoadDriver.run("http://127.0.0.1:3030/", 500, 16);
 * r.errors();     // 0
 * r.summary();    // "500 requests, 16 clients: 0 errors, 212.3 requests/s, p50 41.2 ms, p99 180.5 ms"
 * }</pre>
 */
public final class LoadDriver {
    private static final Pattern RESOLUTION = Pattern.compile("\"value\"\\s*:\\s*\"https?://[^/\"]+(/[^\"]+)\"");

    /** What a run measured; latencies in microseconds. */
    public record Result(int requests, int clients, int errors, double seconds, long p50, long p99,
            Map<String, Integer> failures) {
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d requests, %d clients: %d errors, %.1f requests/s, p50 %.1f ms, p99 %.1f ms%s", requests,
                    clients, errors, requests / seconds, p50 / 1000.0, p99 / 1000.0,
                    failures.isEmpty() ? "" : " " + failures);
        }
    }

    private LoadDriver() {
    }

    public static Result run(String url, int requests, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
        List<String> paths = resolutions(http, url);
        if (paths.isEmpty()) {
            throw new IllegalStateException("the server at " + url + " holds no resolution");
        }
        String citedBy = Files.readString(Path.of("queries", "cited-by.rq"));
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest r = request(url, paths.get((i / 5) % paths.size()), i % 5, citedBy);
                    long s = System.nanoTime();
                    String failure;
                    try {
                        int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                        failure = status >= 400 ? status + " " + r.method() + " " + r.uri().getPath() : null;
                    } catch (Exception e) {
                        failure = e.getClass().getSimpleName();
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
        return new Result(requests, clients, errors.get(), seconds, sorted[(int) (requests * 0.50)],
                sorted[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)], new TreeMap<>(failures));
    }

    private static HttpRequest request(String url, String path, int kind, String citedBy) {
        String number = path.replaceAll(".*/RES/", "");
        HttpRequest.Builder b = switch (kind) {
            case 0 -> HttpRequest.newBuilder(URI.create(url + "sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(citedBy.replaceFirst("WHERE \\{",
                            "WHERE {\n  VALUES ?res { <https://unkg.org" + path + "> }")));
            case 1 -> HttpRequest.newBuilder(URI.create(url + "explore" + path));
            case 2 -> HttpRequest.newBuilder(URI.create(url + path.substring(1) + ".html"));
            case 3 -> HttpRequest.newBuilder(URI.create(url + "api/search?q="
                    + URLEncoder.encode(number, StandardCharsets.UTF_8)));
            default -> HttpRequest.newBuilder(URI.create(url + path.substring(1))).header("Accept", "text/turtle");
        };
        return b.timeout(Duration.ofSeconds(60)).build();
    }

    /** The paths of the resolutions in the store and of those they cite. */
    private static List<String> resolutions(HttpClient http, String url) throws Exception {
        String q = "PREFIX unkg: <https://unkg.org/ontology#> SELECT DISTINCT ?r { { ?r a unkg:Resolution } UNION "
                + "{ ?c unkg:target ?r } } LIMIT 200";
        String json = http.send(HttpRequest.newBuilder(URI.create(url + "sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> paths = new ArrayList<>();
        Matcher m = RESOLUTION.matcher(json);
        while (m.find()) {
            if (m.group(1).contains("/RES/")) {
                paths.add(m.group(1));
            }
        }
        return paths;
    }

    /** {@code URL [REQUESTS [CLIENTS]]}: prints the summary; exit status 1 when any request failed. */
    public static void main(String[] args) throws Exception {
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        run(url, Math.min(200, requests), clients); // warm-up, not counted
        Result r = run(url, requests, clients);
        System.out.println(r.summary());
        System.exit(r.errors() == 0 ? 0 : 1);
    }
}
