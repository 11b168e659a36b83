package org.unkg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first filter: every response the server's code makes (pages, SPARQL results, Graph Store documents, errors,
 * refusals) carries a {@code Content-Security-Policy} that allows only this server's own scripts and styles,
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}. What Jetty answers before any
 * filter (a request it cannot parse) gets the same headers from {@code addTo}, through the server's error handler.
 *
 * <pre>{@code
 * GET /sparql?query=...   ->  Content-Security-Policy: default-src 'self'; ...   X-Content-Type-Options: nosniff
 * }</pre>
 */
final class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(req, res);
    }

    static void addTo(org.eclipse.jetty.http.HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
    }
}
