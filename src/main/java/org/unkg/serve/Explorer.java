package org.unkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.export.RdfSyntax;
import org.unkg.store.Catalog;
import org.unkg.store.NamedQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The explorer: pages for people at {@code /} and under {@code /explore/}, the JSON they are built from under
 * {@code /api/}, and their scripts and styles under {@code /assets/}, all from the jar. Every response carries a
 * {@code Content-Security-Policy} that allows only this server's own scripts, and {@code nosniff} (set by
 * {@link SecurityHeaders}, before this filter).
 *
 * <pre>{@code
 * GET /explore/search?q=35/168            search by symbol, number or words       (JSON: /api/search?q=)
 * GET /explore/A/RES/53/97                a thing: its text, what it cites and what cites it  (JSON: /api/thing/…)
 * GET /explore/graph/A/RES/53/97          its citation neighbourhood               (JSON: /api/neighbourhood/…)
 * GET /explore/timeline/A/RES/53/97       its lineage by year                      (JSON: /api/lineage/A/RES/53/97)
 * GET /explore/rankings?by=cited&organ=sc&decade=1990                            (JSON: /api/rankings?...)
 * GET /api/rankings?by=pageRank&limit=20   the top 20 (a page is 50 at most)
 * GET /explore/sparql?example=cited-by    the SPARQL editor                        (JSON: /api/queries)
 * }</pre>
 *
 * Any other path goes on to the linked-data filter.
 */
final class Explorer extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP = SecurityHeaders.CSP;
    private static final int PAGE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The browser libraries the pages load, each from its WebJar or from this package. */
    private static final Map<String, String> ASSETS = Map.of(
            "vendor/cytoscape.min.js", "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
            "vendor/codemirror.js", "META-INF/resources/webjars/codemirror/5.65.18/lib/codemirror.js",
            "vendor/codemirror.css", "META-INF/resources/webjars/codemirror/5.65.18/lib/codemirror.css",
            "vendor/sparql.js", "META-INF/resources/webjars/codemirror/5.65.18/mode/sparql/sparql.js",
            "explorer/explorer.css", "org/unkg/serve/explorer/explorer.css",
            "explorer/graph.js", "org/unkg/serve/explorer/graph.js",
            "explorer/timeline.js", "org/unkg/serve/explorer/timeline.js",
            "explorer/sparql-editor.js", "org/unkg/serve/explorer/sparql-editor.js");

    private final transient DatasetGraph dsg;
    private final transient IriScheme iris;
    private final Map<String, String> prefixes;
    private final transient SourceTexts texts;
    private final transient CompletableFuture<SearchIndex> index;
    private final transient Rankings rankings = new Rankings();
    /** Labels, facts and citations of things, shared with the linked-data pages until the store changes. */
    private final transient PageMemos memos;
    /** The mentions marked in each resolution's text, in text order, until the store changes. */
    private final transient Memo<List<Node>, List<Binding>> mentionMemo =
            new Memo<>(PageMemos.CITATIONS_MEMO);

    /**
     * The explorer of {@code dsg}; its search index is kept in {@code searchIndexDir} between starts (see
     * {@link SearchIndexFolder}), or built in memory when that is null.
     */
    Explorer(DatasetGraph dsg, IriScheme iris, Map<String, String> prefixes, SourceTexts texts,
             PageMemos memos, Path searchIndexDir) {
        this.dsg = dsg;
        this.memos = memos;
        this.iris = iris;
        this.prefixes = Map.copyOf(prefixes);
        this.texts = texts;
        // opened (or built) in the background: the server answers everything else at once, a search waits for it
        long t0 = System.nanoTime();
        this.index = CompletableFuture.supplyAsync(() -> SearchIndex.open(dsg, texts, labels(), searchIndexDir))
                .thenApply(i -> i.took((System.nanoTime() - t0) / 1_000_000));
    }

    /**
     * The explorer page of {@code n}: {@code /explore/} and its path under the base, or the IRI itself when it is a
     * web address, else {@code #}.
     */
    static String href(Labels labels, Node n) {
        String h = labels.href(n);
        if (h.startsWith("/")) {
            return "/explore" + h;
        }
        // only web addresses become links: no javascript: or other scheme from the data
        return h.startsWith("http://") || h.startsWith("https://") ? h : "#";
    }

    /** The search index, when built. */
    CompletableFuture<SearchIndex> indexing() {
        return index;
    }

    /** The search index, once built (waits for it). */
    SearchIndex index() {
        return index.join();
    }

    void close() {
        index.thenAccept(SearchIndex::close);
    }

    private Labels labels() {
        return new Labels(dsg, iris, prefixes, memos.labels(), memos.things());
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean get = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
        if (!get) {
            chain.doFilter(req, res);
            return;
        }
        try {
            if (path.equals("/")) {
                html(res, home());
            } else if (path.startsWith("/assets/") && ASSETS.containsKey(path.substring(8))) {
                asset(ASSETS.get(path.substring(8)), res);
            } else if (path.startsWith("/api/")) {
                api(path.substring(4), req, res);
            } else if (path.equals("/explore") || path.equals("/explore/")) {
                res.setStatus(HttpServletResponse.SC_SEE_OTHER);
                res.setHeader("Location", "/");
            } else if (path.startsWith("/explore/")) {
                page(path.substring(8), req, res);
            } else {
                chain.doFilter(req, res);
            }
        } catch (IllegalArgumentException e) {
            send(res, 400, "text/plain;charset=utf-8", ("Bad request: " + e.getMessage() + "\n").getBytes(
                    StandardCharsets.UTF_8));
        }
    }

    // ---- pages

    private void page(String path, HttpServletRequest req, HttpServletResponse res) throws IOException {
        switch (path) {
            case "/search" -> html(res, Templates.render("search", search(req, "/explore/search")));
            case "/rankings" -> html(res, Templates.render("rankings", rankings(req)));
            case "/sparql" -> html(res, Templates.render("sparql", sparql(req)));
            default -> {
                String view = path.startsWith("/graph/") ? "graph" : path.startsWith("/timeline/") ? "timeline"
                        : "thing";
                String rest = view.equals("thing") ? path : path.substring(view.length() + 1);
                Optional<Node> thing = find(rest);
                if (thing.isEmpty()) {
                    notFound(res, rest);
                    return;
                }
                Map<String, Object> model = switch (view) {
                    case "graph", "timeline" -> read(() -> {
                        Map<String, Object> m = page(Thing.of(dsg, thing.get(), labels()).label(), view);
                        m.put("thing", Thing.of(dsg, thing.get(), labels()).toMap(labels()));
                        m.put("api", "/api/" + (view.equals("graph") ? "neighbourhood" : "lineage")
                                + labels().href(thing.get()));
                        return m;
                    });
                    default -> thing(thing.get(), req, true);
                };
                html(res, Templates.render(view, model));
            }
        }
    }

    private Map<String, Object> page(String title, String view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageTitle", title);
        m.put("view", view);
        return m;
    }

    private String home() {
        Map<String, Object> m = page("unkg explorer", "home");
        read(() -> {
            m.put("files", count(dsg.find(Catalog.GRAPH, Node.ANY, Catalog.FILE, Node.ANY)));
            m.put("base", iris.base());
            List<Map<String, Object>> examples = new ArrayList<>();
            Node resolution = NodeFactory.createURI("https://unkg.org/ontology#Resolution");
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), resolution);
            java.util.Set<Node> seen = new java.util.HashSet<>();
            while (it.hasNext() && examples.size() < 8) {
                Node r = it.next().getSubject();
                if (seen.add(r)) {
                    examples.add(Thing.of(dsg, r, labels()).toMap(labels()));
                }
            }
            m.put("examples", examples);
            return null;
        });
        List<Map<String, Object>> dumps = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) {
            dumps.add(Map.of("href", "/dump." + s.extension() + ".gz", "label", s.label()));
        }
        m.put("dumps", dumps);
        return Templates.render("home", m);
    }

    private Map<String, Object> search(HttpServletRequest req, String self) {
        String q = param(req, "q");
        int offset = offset(req, "page");
        Map<String, Object> m = page(q == null ? "Search" : "Search: " + q, "search");
        m.put("q", q);
        if (q == null || q.isBlank()) {
            return m;
        }
        Map<String, Object> result = index().search(q, offset, PAGE);
        List<Map<String, Object>> hits = new ArrayList<>();
        read(() -> {
            for (Object o : (List<?>) result.get("hits")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> h = (Map<String, Object>) o;
                Map<String, Object> hit = Thing.of(dsg, SearchIndex.iri(h), labels()).toMap(labels());
                hit.put("snippet", h.get("snippet"));
                hits.add(hit);
            }
            return null;
        });
        m.put("hits", hits);
        m.put("total", result.get("total"));
        m.put("error", result.get("error"));
        m.put("pager", pager(req, self, "page", offset, ((Number) result.get("total")).longValue()));
        return m;
    }

    private Map<String, Object> thing(Node iri, HttpServletRequest req, boolean withText) {
        String verb = param(req, "verb");
        String section = param(req, "section");
        if (section != null && !section.matches("[a-z]+")) {
            throw new IllegalArgumentException("no such section: " + section);
        }
        return read(() -> {
            Labels labels = labels();
            Thing t = Thing.of(dsg, iri, labels);
            Map<String, Object> m = page(t.label(), "thing");
            m.put("thing", t.toMap(labels));
            m.put("isResolution", t.kind().equals("resolution"));
            m.put("verb", verb);
            m.put("section", section);
            m.put("lists", List.of(
                    list(CitationList.CITES, "cites", "Cites", "cited", iri, req, verb, section),
                    list(CitationList.CITED_BY, "citedby", "Cited by", "citing resolution", iri, req, verb, section),
                    list(CitationList.NAMED_IN, "named", "Named in", "resolution", iri, req, verb, section))
                    .stream().filter(Explorer::hasRows).toList());
            if (withText && t.kind().equals("resolution")) {
                MarkedText.of(dsg, iri, texts, labels, mentionMemo).ifPresent(x -> m.put("text", x));
            }
            return m;
        });
    }

    /** A list is shown when it has rows before filtering: any, or any verb or section to filter by. */
    private static boolean hasRows(Map<String, Object> list) {
        return ((Number) list.get("total")).longValue() > 0 || !((List<?>) list.get("verbs")).isEmpty()
                || !((List<?>) list.get("sections")).isEmpty();
    }

    private Map<String, Object> list(CitationList which, String name, String title, String heading, Node iri,
                                     HttpServletRequest req, String verb, String section) {
        int offset = offset(req, name);
        Map<String, Object> l = which.page(dsg, iri, labels(), verb, section, offset, PAGE, memos.citations());
        l.put("name", name);
        l.put("title", title);
        l.put("heading", heading);
        l.put("allVerbs", options((List<?>) l.get("verbs"), verb));
        l.put("allSections", options((List<?>) l.get("sections"), section));
        l.put("pager", pager(req, req.getRequestURI(), name, offset, ((Number) l.get("total")).longValue()));
        return l;
    }

    private Map<String, Object> rankings(HttpServletRequest req) {
        String by = param(req, "by");
        String organ = param(req, "organ");
        if (organ != null && !List.of("ga", "sc", "other").contains(organ)) {
            throw new IllegalArgumentException("organ is ga, sc or other");
        }
        Integer decade = integer(req, "decade");
        int offset = offset(req, "page");
        Integer asked = integer(req, "limit");
        int limit = asked == null ? PAGE : Math.max(1, Math.min(PAGE, asked));
        Map<String, Object> r = read(() -> rankings.page(dsg, labels(), by, organ, decade, offset, limit));
        Map<String, Object> m = page("Rankings", "rankings");
        m.putAll(r);
        m.put("allMeasures", options((List<?>) r.get("measures"), (String) r.get("measure")));
        m.put("allOrgans", options(List.of("ga", "sc", "other"), organ));
        m.put("allDecades", options((List<?>) r.get("decades"), decade == null ? null : decade.toString()));
        m.put("pager", pager(req, "/explore/rankings", "page", offset, ((Number) r.get("total")).longValue()));
        return m;
    }

    private Map<String, Object> sparql(HttpServletRequest req) {
        Map<String, Object> m = page("SPARQL", "sparql");
        String query = param(req, "query");
        String example = param(req, "example");
        List<Map<String, Object>> examples = new ArrayList<>();
        for (NamedQuery q : NamedQuery.all()) {
            examples.add(Map.of("name", q.name(), "description", q.description(), "selected",
                    q.name().equals(example)));
            if (query == null && q.name().equals(example)) {
                query = q.text();
            }
        }
        m.put("examples", examples);
        m.put("query", query != null ? query : """
                PREFIX unkg: <https://unkg.org/ontology#>
                PREFIX cito: <http://purl.org/spar/cito/>
                SELECT ?cited (COUNT(*) AS ?citations)
                WHERE { ?c a cito:Citation ; cito:hasCitedEntity ?cited }
                GROUP BY ?cited ORDER BY DESC(?citations) LIMIT 20""");
        return m;
    }

    // ---- JSON

    private void api(String path, HttpServletRequest req, HttpServletResponse res) throws IOException {
        Object body;
        if (path.equals("/search")) {
            Map<String, Object> m = search(req, "/api/search");
            m.remove("view");
            m.remove("pageTitle");
            body = m;
        } else if (path.equals("/rankings")) {
            Map<String, Object> m = rankings(req);
            m.keySet().removeIf(k -> k.startsWith("all") || k.equals("view") || k.equals("pageTitle"));
            body = m;
        } else if (path.equals("/queries")) {
            List<Map<String, Object>> qs = new ArrayList<>();
            for (NamedQuery q : NamedQuery.all()) {
                qs.add(Map.of("name", q.name(), "description", q.description(), "query", q.text()));
            }
            body = qs;
        } else {
            String[] kinds = {"/thing", "/neighbourhood", "/lineage"};
            String kind = null;
            for (String k : kinds) {
                if (path.startsWith(k + "/")) {
                    kind = k;
                }
            }
            Optional<Node> thing = kind == null ? Optional.empty() : find(path.substring(kind.length()));
            if (thing.isEmpty()) {
                send(res, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Node n = thing.get();
            body = switch (kind) {
                case "/neighbourhood" -> read(() -> Neighbourhood.of(dsg, n, labels(), 150));
                case "/lineage" -> {
                    Integer depth = integer(req, "depth");
                    int d = depth == null ? 1 : Math.max(1, Math.min(3, depth));
                    yield read(() -> Lineage.of(dsg, n, labels(), d, 300));
                }
                default -> {
                    Map<String, Object> m = thing(n, req, false);
                    m.remove("view");
                    m.remove("pageTitle");
                    yield m;
                }
            };
        }
        send(res, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    // ---- helpers

    /** The thing a path (under the base) names, as sent or percent-decoded. */
    private Optional<Node> find(String path) {
        if (path.length() <= 1 || !path.startsWith("/")) {
            return Optional.empty();
        }
        List<Node> candidates = new ArrayList<>();
        candidates.add(NodeFactory.createURI(iris.base() + path.substring(1)));
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!decoded.equals(path) && !decoded.contains(" ")) {
            candidates.add(NodeFactory.createURI(iris.base() + decoded.substring(1)));
        }
        return read(() -> candidates.stream().filter(n -> ResourceDescription.exists(dsg, n)).findFirst());
    }

    private <T> T read(Supplier<T> s) {
        return Txn.calculateRead(dsg, s::get);
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Integer integer(HttpServletRequest req, String name) {
        String v = param(req, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + v);
        }
    }

    /** The offset of list {@code name}, from its 1-based page number. */
    private static int offset(HttpServletRequest req, String name) {
        Integer page = integer(req, name);
        return page == null || page < 1 ? 0 : Math.min(page - 1, 100_000) * PAGE;
    }

    /** Links to the previous and next page of a list, keeping the request's other parameters. */
    static Map<String, Object> pager(HttpServletRequest req, String path, String name, int offset, long total) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", total == 0 ? 0 : offset + 1);
        p.put("to", Math.min(total, offset + PAGE));
        p.put("total", total);
        int page = offset / PAGE + 1;
        if (page > 1) {
            p.put("prev", link(req, path, name, page - 1));
        }
        if (offset + PAGE < total) {
            p.put("next", link(req, path, name, page + 1));
        }
        p.put("paged", total > PAGE);
        return p;
    }

    private static String link(HttpServletRequest req, String path, String name, int page) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String[]> e : new java.util.TreeMap<>(req.getParameterMap()).entrySet()) {
            if (e.getKey().equals(name)) {
                continue;
            }
            for (String v : e.getValue()) {
                sb.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
                sep = '&';
            }
        }
        return sb.append(sep).append(enc(name)).append('=').append(page).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> options(List<?> values, String selected) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object v : values) {
            out.add(Map.of("value", v.toString(), "selected", v.toString().equals(selected)));
        }
        return out;
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static void asset(String resource, HttpServletResponse res) throws IOException {
        try (InputStream in = Explorer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                send(res, 404, "text/plain;charset=utf-8", "Not found.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            res.setHeader("Cache-Control", "max-age=3600");
            String type = resource.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8";
            send(res, 200, type, in.readAllBytes());
        }
    }

    private void notFound(HttpServletResponse res, String path) throws IOException {
        send(res, 404, "text/html;charset=utf-8", Templates.render("notfound",
                new LinkedHashMap<>(Map.of("pageTitle", "Not found", "iri", iris.base() + path.substring(1))))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void html(HttpServletResponse res, String page) throws IOException {
        send(res, 200, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse res, int status, String type, byte[] body) throws IOException {
        res.setStatus(status);
        res.setContentType(type);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
