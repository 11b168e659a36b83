package org.unkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.emit.rdf.Ontology;
import org.unkg.emit.rdf.OntologyPage;
import org.unkg.export.Exporter;
import org.unkg.export.RdfSyntax;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves everything on the server that is neither Fuseki's nor the {@link Explorer}'s: the style sheet, VoID,
 * dumps, and the dereferencing of every IRI in the graph by its path.
 *
 * <pre>{@code
 * GET /A/RES/53/97        Accept: text/turtle  ->  303 See Other, Location: /A/RES/53/97.ttl
 * GET /A/RES/53/97.ttl                         ->  200 text/turtle
 * GET /A/RES/53/97        Accept: text/html    ->  303 See Other, Location: /A/RES/53/97.html
 * GET /A/RES/53/97        Accept: image/png    ->  406 Not Acceptable
 * GET /no/such/thing                           ->  404 Not Found
 * }</pre>
 *
 * <p>Linked data here follows the 303 convention: the path of a thing ({@code base + path} is its IRI) answers
 * {@code 303 See Other} to a document about it, chosen by the {@code Accept} header, whose path is the thing's
 * path plus the extension of a syntax in {@link RdfSyntax} or {@code .html}. A document lists at most 2,000
 * statements pointing at its thing (a page 200, and says so); when there are more it is sent with
 * {@code Unkg-Result-Truncated: true}. Documents answer {@code 200} whatever
 * the {@code Accept} header says: the extension decides. A thing "is in the graph" when its IRI occurs as subject,
 * object, predicate or graph name. Paths Fuseki serves ({@code /sparql}, {@code /data}, {@code /update},
 * {@code /$/…}) pass through, so an IRI with such a path cannot be dereferenced here.
 */
final class LinkedDataFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern DUMP = Pattern.compile("/dump\\.([a-z0-9]+)\\.gz");
    private static final Pattern ASSET = Pattern.compile("/assets/([a-z0-9-]+\\.css)");
    private static final String HTML = "text/html";
    private static final int MAX_INCOMING = 2000;
    /** A page for people lists fewer: the explorer pages through the rest (a body's page was 2.4 MB). */
    private static final int MAX_INCOMING_HTML = 200;
    /** Sent with a document that lists only the first statements pointing at its thing (the rest: /sparql). */
    static final String TRUNCATED_HEADER = "Unkg-Result-Truncated";

    private final transient DatasetGraph dsg;
    private final transient IriScheme iris;
    /** Labels, facts and citations of things, shared with the explorer until the store changes. */
    private final transient PageMemos memos;
    private final Map<String, String> prefixes;
    /** What a thing can be served as, in the server's order of preference (ties in Accept go to the first). */
    private final List<String> offers = new ArrayList<>();

    LinkedDataFilter(DatasetGraph dsg, IriScheme iris, Map<String, String> prefixes,
                     PageMemos memos) {
        this.dsg = dsg;
        this.memos = memos;
        this.iris = iris;
        this.prefixes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prefixes));
        offers.add(RdfSyntax.TURTLE.mediaType());
        offers.add(HTML);
        for (RdfSyntax s : RdfSyntax.values()) {
            if (s != RdfSyntax.TURTLE) {
                offers.add(s.mediaType());
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean head = req.getMethod().equals("HEAD");
        if (!head && !req.getMethod().equals("GET") || isFuseki(path)) {
            chain.doFilter(req, res);
            return;
        }
        Matcher dump = DUMP.matcher(path);
        Matcher asset = ASSET.matcher(path);
        if (path.equals("/.well-known/void")) {
            voidDescription(req, res, head);
        } else if (path.equals("/ontology") || path.startsWith("/ontology.") || path.equals("/ontology/shapes.ttl")) {
            ontology(path, req, res, head);
        } else if (dump.matches() && RdfSyntax.byExtension(dump.group(1)).isPresent()) {
            dump(RdfSyntax.byExtension(dump.group(1)).get(), res, head);
        } else if (asset.matches()) {
            asset(asset.group(1), res, head);
        } else {
            dereference(path, req, res, head);
        }
    }

    /**
     * The vocabulary at its namespace's path: {@code /ontology} answers 303 to the page generated from the Turtle
     * ({@code /ontology.html}) or to the Turtle itself ({@code /ontology.ttl}); the shapes at
     * {@code /ontology/shapes.ttl}.
     */
    private void ontology(String path, HttpServletRequest req, HttpServletResponse res, boolean head)
            throws IOException {
        switch (path) {
            case "/ontology" -> {
                Optional<String> chosen = AcceptHeader.parse(req.getHeader("Accept"))
                        .choose(List.of(HTML, RdfSyntax.TURTLE.mediaType()));
                res.setHeader("Vary", "Accept");
                if (chosen.isEmpty()) {
                    notAcceptable(res, head);
                    return;
                }
                res.setStatus(HttpServletResponse.SC_SEE_OTHER);
                res.setHeader("Location", chosen.get().equals(HTML) ? "/ontology.html" : "/ontology.ttl");
            }
            case "/ontology.html" -> send(res, 200, HTML + ";charset=utf-8",
                    OntologyPage.render().getBytes(StandardCharsets.UTF_8), head);
            case "/ontology.ttl" -> send(res, 200, RdfSyntax.TURTLE.mediaType() + ";charset=utf-8",
                    resource(Ontology.VOCABULARY), head);
            case "/ontology/shapes.ttl" -> send(res, 200, RdfSyntax.TURTLE.mediaType() + ";charset=utf-8",
                    resource(Ontology.SHAPES), head);
            default -> send(res, 404, "text/plain;charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8),
                    head);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = LinkedDataFilter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the jar lacks " + name);
            }
            return in.readAllBytes();
        }
    }

    private static boolean isFuseki(String path) {
        return path.equals("/sparql") || path.equals("/data") || path.equals("/update") || path.startsWith("/$/");
    }

    private void dereference(String path, HttpServletRequest req, HttpServletResponse res, boolean head)
            throws IOException {
        if (find(path).isPresent()) {
            Optional<String> chosen = AcceptHeader.parse(req.getHeader("Accept")).choose(offers);
            res.setHeader("Vary", "Accept");
            if (chosen.isEmpty()) {
                notAcceptable(res, head);
                return;
            }
            String ext = chosen.get().equals(HTML) ? "html" : RdfSyntax.byMediaType(chosen.get()).orElseThrow()
                    .extension();
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", path + "." + ext);
            return;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            String stem = path.substring(0, dot);
            String ext = path.substring(dot + 1);
            boolean html = ext.equals("html");
            Optional<RdfSyntax> syntax = RdfSyntax.byExtension(ext);
            Optional<Node> described = html || syntax.isPresent() ? find(stem) : Optional.empty();
            if (described.isPresent()) {
                document(described.get(), html ? null : syntax.get(), res, head);
                return;
            }
        }
        send(res, 404, "text/plain;charset=utf-8", ("Not found: " + thing(path).getURI()
                + " is not in the graph.\n").getBytes(StandardCharsets.UTF_8), head);
    }

    /** The IRI a path names. */
    private Node thing(String path) {
        return NodeFactory.createURI(iris.base() + path.substring(1));
    }

    /**
     * The thing in the graph that a path names: the path as sent, or else with its percent-escapes decoded, since
     * clients differ in what they escape ({@code (} in {@code S/RES/1373(2001)}, say).
     */
    private Optional<Node> find(String path) {
        if (path.length() <= 1) {
            return Optional.empty();
        }
        List<Node> candidates = new ArrayList<>();
        candidates.add(thing(path));
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!decoded.equals(path) && !decoded.contains(" ")) {
            candidates.add(thing(decoded));
        }
        return Txn.calculateRead(dsg, () -> candidates.stream()
                .filter(n -> ResourceDescription.exists(dsg, n)).findFirst());
    }

    private void document(Node thing, RdfSyntax syntax, HttpServletResponse res, boolean head) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> {
            ResourceDescription d = ResourceDescription.of(dsg, thing, syntax == null ? MAX_INCOMING_HTML
                    : MAX_INCOMING);
            if (d.truncated()) {
                // never silently: the page says so in its text, and every document in this header
                res.setHeader(TRUNCATED_HEADER, "true");
            }
            if (syntax == null) {
                buf.writeBytes(ResourcePage.render(d, new Labels(dsg, iris, prefixes, memos.labels(),
                        memos.things()), dsg, memos.citations())
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                new Exporter(d.quads(), prefixes).writeAll(syntax, buf);
            }
        });
        send(res, 200, syntax == null ? HTML + ";charset=utf-8" : syntax.mediaType(), buf.toByteArray(), head);
    }

    private void voidDescription(HttpServletRequest req, HttpServletResponse res, boolean head) throws IOException {
        List<String> rdf = offers.stream().filter(o -> !o.equals(HTML)).toList();
        Optional<String> chosen = AcceptHeader.parse(req.getHeader("Accept")).choose(rdf);
        res.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            notAcceptable(res, head);
            return;
        }
        RdfSyntax syntax = RdfSyntax.byMediaType(chosen.get()).orElseThrow();
        String root = serverRoot(req);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> new Exporter(VoidDescription.of(dsg, iris, root), prefixes).writeAll(syntax, buf));
        send(res, 200, syntax.mediaType(), buf.toByteArray(), head);
    }

    /** The root URL the client used, so that VoID's links work from where it stands. */
    private static String serverRoot(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath()
                + "/";
    }

    private void dump(RdfSyntax syntax, HttpServletResponse res, boolean head) throws IOException {
        res.setStatus(200);
        res.setContentType("application/gzip");
        res.setHeader("Content-Disposition", "attachment; filename=\"unkg." + syntax.extension() + ".gz\"");
        if (head) {
            return;
        }
        try (OutputStream out = new GZIPOutputStream(res.getOutputStream(), 1 << 16)) {
            new Exporter(dsg, prefixes).writeAll(syntax, out);
        }
    }

    private void asset(String name, HttpServletResponse res, boolean head) throws IOException {
        try (InputStream in = LinkedDataFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                send(res, 404, "text/plain;charset=utf-8", "Not found.\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            res.setHeader("Cache-Control", "max-age=3600");
            send(res, 200, "text/css;charset=utf-8", in.readAllBytes(), head);
        }
    }

    private void notAcceptable(HttpServletResponse res, boolean head) throws IOException {
        send(res, 406, "text/plain;charset=utf-8", ("Not acceptable. Available: " + String.join(", ", offers)
                + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpServletResponse res, int status, String type, byte[] body, boolean head)
            throws IOException {
        res.setStatus(status);
        res.setContentType(type);
        res.setContentLength(body.length);
        if (!head) {
            res.getOutputStream().write(body);
        }
    }
}
