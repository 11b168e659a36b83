package org.unkg.serve;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin reads, never writes: pages in a browser from the allowed origins may {@code GET} anything and
 * {@code POST} a query to {@code /sparql}; a preflight for anything else (an update, a Graph Store write) is
 * refused with {@code 403}, so a web page cannot write to the store through its visitor's browser.
 *
 * <pre>{@code
 * new Cors(List.of("*"))                         // the default: any origin may read
 * new Cors(List.of("https://example.org"))       // only this one
 * new Cors(List.of())                            // none
 * }</pre>
 */
final class Cors extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final List<String> origins;

    Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(req, res);
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String preflight = req.getMethod().equals("OPTIONS") ? req.getHeader("Access-Control-Request-Method") : null;
        String method = preflight != null ? preflight : req.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("POST") && path.equals("/sparql");
        boolean allowed = read && (origins.contains("*") || origins.contains(origin));
        res.addHeader("Vary", "Origin");
        if (allowed) {
            res.setHeader("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
            res.setHeader("Access-Control-Expose-Headers", LimitedQueryProcessor.LIMIT_HEADER + ", Retry-After");
        }
        if (preflight == null) {
            chain.doFilter(req, res);
        } else if (allowed) {
            res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
            res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
            res.setHeader("Access-Control-Max-Age", "600");
            res.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            PlainText.send(res, 403, "Cross-origin " + method + " " + path + " is not allowed: this server lets "
                    + "other origins read, and only " + (origins.isEmpty() ? "none" : String.join(", ", origins))
                    + " at that.");
        }
    }
}
