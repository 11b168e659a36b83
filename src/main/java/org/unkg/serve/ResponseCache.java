package org.unkg.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Whole answers kept until the store changes: a SPARQL query asked again, a page visited again, is sent as it was
 * sent the first time, without reading the store. Only a complete {@code 200} is kept, read from one state of the
 * store ({@link StoreVersion}) from start to end; any write makes every kept answer stale at once.
 *
 * <pre>{@code
 * GET  /A/RES/35/168.html                       Unkg-Cache: miss   (rendered, kept)
 * GET  /A/RES/35/168.html                       Unkg-Cache: hit    (the same bytes)
 * POST /sparql  (application/sparql-query)      kept by query text and Accept, like a GET by its URL
 * PUT  /data?graph=...                          passes; the store's next state starts an empty cache
 * }</pre>
 *
 * <p>What is kept is keyed by method, path and query string, the {@code Accept} header, and for a query sent in a
 * body, the body (or the form's fields). Requests with conditions ({@code If-None-Match} and the like) or a range,
 * {@code HEAD}, Fuseki's {@code /$/} admin paths and the store's dumps pass without it. An answer bigger than
 * {@code maxEntryBytes} is streamed and not kept. When the kept answers would take more than {@code maxBytes},
 * those least likely to be asked again are dropped (Caffeine's W-TinyLFU): a few large results (a three-step
 * lineage of a famous resolution) do not flush the many small ones. A request that asks for a fresh answer
 * ({@code Cache-Control: no-cache} or {@code max-age=0}, or {@code Pragma: no-cache} without {@code Cache-Control})
 * is answered from the store, and that answer is kept in place of the old one (RFC 9111, 5.2.1).
 *
 * <p>Why: a resolution's page and its cited-by query cost the server milliseconds of reading and sorting each time,
 * and users (and the explorer's own pages) ask for the same popular ones over and over; over a store larger than
 * memory, the first answer also waits for the disk.
 */
final class ResponseCache extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String HEADER = "Unkg-Cache";
    /** The largest body of a query sent by POST that is read to make a key. */
    private static final int MAX_KEYED_BODY = 64 * 1024;

    private final transient DatasetGraph dsg;
    private final long maxBytes;
    private final int maxEntryBytes;
    /** The answers of the store's present state, least likely to be asked again evicted first (Caffeine). */
    private final transient Cache<Key, Answer> answers;
    /** The state of the store the kept answers were read from. */
    private transient volatile StoreVersion state;

    /** What an answer is kept under: the request, and the state of the store it was read from. */
    private record Key(StoreVersion version, String request) {
    }

    /** A kept answer: the headers set on it, in order, and its body. */
    private record Answer(List<String[]> headers, byte[] body) {
    }

    /**
     * @param maxBytes      the most bytes of answers kept; 0 keeps none
     * @param maxEntryBytes the largest answer kept
     */
    ResponseCache(DatasetGraph dsg, long maxBytes, int maxEntryBytes) {
        this.dsg = dsg;
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.answers = Caffeine.newBuilder().maximumWeight(Math.max(0, maxBytes))
                .weigher((Key key, Answer a) -> key.request().length() + a.body().length).build();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (maxBytes <= 0 || !cacheable(req)) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = null;
        if (req.getMethod().equals("POST") && !isForm(req)) {
            long length = req.getContentLengthLong();
            if (length < 0 || length > MAX_KEYED_BODY) {
                chain.doFilter(req, res);
                return;
            }
            body = req.getInputStream().readAllBytes();
        }
        Optional<StoreVersion> before = version();
        if (before.isEmpty()) {
            chain.doFilter(body == null ? req : new Replayed(req, body), res);
            return;
        }
        // keyed by the state too: an answer finished just after a write is never sent for the new state
        Key key = new Key(before.get(), key(req, body));
        current(before.get());
        Answer hit = wantsFresh(req) ? null : answers.getIfPresent(key);
        if (hit != null) {
            replay(hit, res);
            return;
        }
        res.setHeader(HEADER, "miss");
        Recording rec = new Recording(res, maxEntryBytes);
        chain.doFilter(body == null ? req : new Replayed(req, body), rec);
        rec.flush();
        Answer answer = rec.answer();
        if (answer != null && res.getStatus() == HttpServletResponse.SC_OK && before.equals(version())) {
            answers.put(key, answer);
        }
    }

    /** The client asks for an answer read from the store, not a kept one. */
    static boolean wantsFresh(HttpServletRequest req) {
        String control = req.getHeader("Cache-Control");
        if (control == null) {
            String pragma = req.getHeader("Pragma");
            return pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache");
        }
        for (String directive : control.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.strip();
            if (d.equals("no-cache") || d.startsWith("no-cache=") || d.replace(" ", "").equals("max-age=0")) {
                return true;
            }
        }
        return false;
    }

    private static boolean cacheable(HttpServletRequest req) {
        String m = req.getMethod();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean query = m.equals("POST") && path.equals("/sparql");
        if (!m.equals("GET") && !query) {
            return false;
        }
        if (path.startsWith("/$/") || path.startsWith("/dump.")) {
            return false;
        }
        for (String h : List.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since", "Range")) {
            if (req.getHeader(h) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isForm(HttpServletRequest req) {
        String ct = req.getContentType();
        return ct != null && ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String key(HttpServletRequest req, byte[] body) {
        StringBuilder k = new StringBuilder(req.getMethod()).append(' ').append(req.getRequestURI());
        if (req.getQueryString() != null) {
            k.append('?').append(req.getQueryString());
        }
        k.append('\n').append(req.getHeader("Accept")).append('\n').append(req.getContentType()).append('\n');
        if (body != null) {
            k.append(new String(body, StandardCharsets.UTF_8));
        } else if (req.getMethod().equals("POST")) {
            // a form: its fields, parsed by the server once and read again by Fuseki
            new TreeMap<>(req.getParameterMap()).forEach((name, values) -> k.append(name).append('=')
                    .append(String.join("\u0000", values)).append('&'));
        }
        return k.toString();
    }

    private Optional<StoreVersion> version() {
        return Txn.calculateRead(dsg, () -> StoreVersion.of(dsg));
    }

    /** Forgets every answer when the store is in another state than the one they were read from. */
    private void current(StoreVersion v) {
        if (v.equals(state)) {
            return; // every request but the first after a write: no lock taken
        }
        synchronized (this) {
            if (!v.equals(state)) {
                answers.invalidateAll();
                state = v;
            }
        }
    }

    private static void replay(Answer a, HttpServletResponse res) throws IOException {
        res.setStatus(HttpServletResponse.SC_OK);
        for (String[] h : a.headers()) {
            switch (h[0]) {
                case "type" -> res.setContentType(h[2]);
                case "encoding" -> res.setCharacterEncoding(h[2]);
                case "add" -> res.addHeader(h[1], h[2]);
                default -> res.setHeader(h[1], h[2]);
            }
        }
        res.setHeader(HEADER, "hit");
        res.setContentLength(a.body().length);
        res.getOutputStream().write(a.body());
    }

    /** A request whose body, read to make the key, is read again downstream. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new IllegalStateException("the body is read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)));
        }
    }

    /**
     * The response as it is sent, and a copy of what is set on it downstream: the headers, in order, and the body up
     * to the largest answer kept.
     */
    private static final class Recording extends HttpServletResponseWrapper {
        private final int max;
        private final List<String[]> headers = new ArrayList<>();
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean unkept;
        private ServletOutputStream out;
        private PrintWriter writer;

        Recording(HttpServletResponse res, int max) {
            super(res);
            this.max = max;
        }

        private void header(String op, String name, String value) {
            // Fuseki's "Cache-Control: no-store" on a query result is kept and sent again: it tells caches that
            // cannot know when the store changes not to keep it; this one knows
            headers.add(new String[] {op, name, value});
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            header("set", name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            header("add", name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            super.setIntHeader(name, value);
            header("set", name, Integer.toString(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            super.addIntHeader(name, value);
            header("add", name, Integer.toString(value));
        }

        @Override
        public void setDateHeader(String name, long date) {
            super.setDateHeader(name, date);
            unkept = true; // a date of this answer, not of the next one
        }

        @Override
        public void addDateHeader(String name, long date) {
            super.addDateHeader(name, date);
            unkept = true;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            header("type", "Content-Type", type);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            super.setCharacterEncoding(charset);
            header("encoding", "Content-Type", charset);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            unkept = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            unkept = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            unkept = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener l) {
                        unkept = true;
                        real.setWriteListener(l);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String cs = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        cs == null ? StandardCharsets.ISO_8859_1 : Charset.forName(cs)));
            }
            return writer;
        }

        private void keep(byte[] b, int off, int len) {
            if (!unkept) {
                if (copy.size() + len > max) {
                    unkept = true;
                    copy.reset();
                } else {
                    copy.write(b, off, len);
                }
            }
        }

        void flush() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** What was sent, when it can be kept. */
        Answer answer() {
            return unkept ? null : new Answer(List.copyOf(headers), copy.toByteArray());
        }
    }
}
