package org.unkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may write. Reads ({@code GET}, {@code HEAD}, {@code OPTIONS}, a query {@code POST}ed to {@code /sparql})
 * pass; any other request is a write (SPARQL Update, a Graph Store {@code PUT}/{@code POST}/{@code DELETE}, an
 * operation on the dataset itself). With writes off, a write answers {@code 405}; with writes on, it needs
 * {@code Authorization: Bearer TOKEN} or HTTP Basic with a user and password from the password file, else
 * {@code 401}.
 *
 * <pre>{@code
 * WriteAuth.readOnly()                                     // the default
 * WriteAuth.token(Files.readString(tokenFile).strip())     // Authorization: Bearer ...
 * WriteAuth.passwordFile(Path.of("passwords"))             // lines user:password; Authorization: Basic ...
 * }</pre>
 */
final class WriteAuth extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final boolean writable;
    private final String token;
    private final Map<String, String> passwords;

    private WriteAuth(boolean writable, String token, Map<String, String> passwords) {
        this.writable = writable;
        this.token = token;
        this.passwords = Map.copyOf(passwords);
    }

    /** No writes at all. */
    static WriteAuth readOnly() {
        return new WriteAuth(false, null, Map.of());
    }

    /** Writes with {@code Authorization: Bearer TOKEN}. */
    static WriteAuth token(String token) {
        if (token == null || token.strip().length() < 16) {
            throw new IllegalArgumentException("a write token has at least 16 characters");
        }
        return new WriteAuth(true, token.strip(), Map.of());
    }

    /** Writes with HTTP Basic, users and passwords read from lines {@code user:password} ({@code #} comments). */
    static WriteAuth passwordFile(Path file) throws IOException {
        Map<String, String> users = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                users.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        if (users.isEmpty()) {
            throw new IOException(file + ": no line user:password");
        }
        return new WriteAuth(true, null, users);
    }

    /** These credentials and those of {@code other} both write. */
    WriteAuth or(WriteAuth other) {
        Map<String, String> users = new LinkedHashMap<>(passwords);
        users.putAll(other.passwords);
        return new WriteAuth(writable || other.writable, token != null ? token : other.token, users);
    }

    boolean writable() {
        return writable;
    }

    static boolean isWrite(HttpServletRequest req) {
        String m = req.getMethod();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return !(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || m.equals("POST")
                && path.equals("/sparql"));
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!isWrite(req)) {
            chain.doFilter(req, res);
        } else if (!writable) {
            res.setHeader("Allow", "GET, HEAD, OPTIONS");
            PlainText.refuse(req, res, 405, "This server is read-only: " + req.getMethod() + " is not allowed here "
                    + "(unkg serve --enable-update, with credentials, accepts writes).");
        } else if (authorized(req.getHeader("Authorization"))) {
            chain.doFilter(req, res);
        } else {
            if (token != null) {
                res.addHeader("WWW-Authenticate", "Bearer realm=\"unkg\"");
            }
            if (!passwords.isEmpty()) {
                res.addHeader("WWW-Authenticate", "Basic realm=\"unkg\", charset=\"UTF-8\"");
            }
            PlainText.refuse(req, res, 401, "Writing needs credentials: Authorization: "
                    + (token != null ? "Bearer TOKEN" : "Basic") + ".");
        }
    }

    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        if (token != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return same(header.substring(7).strip(), token);
        }
        if (!passwords.isEmpty() && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = pair.indexOf(':');
            String expected = colon > 0 ? passwords.get(pair.substring(0, colon)) : null;
            // compare even for an unknown user, so that the time taken does not tell which users exist
            return same(colon > 0 ? pair.substring(colon + 1) : "", expected == null ? "\u0000" : expected)
                    && expected != null;
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
