package org.unkg.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How large a request may be, checked before anything reads it: a longer URL (path and query string) answers
 * {@code 414}, a larger body {@code 413}, a body of unknown length {@code 411}; the body is never read.
 *
 * <pre>{@code
 * new RequestLimits(8 * 1024, 64 * 1024)   // the defaults of unkg serve
 * GET /sparql?query=...9 KB...   ->  414 URI Too Long
 * POST /sparql  (10 MB)          ->  413 Content Too Large
 * }</pre>
 */
final class RequestLimits extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final int maxUrl;
    private final long maxBody;

    /** @param maxUrl the longest path and query string, in characters; @param maxBody the largest body, bytes */
    RequestLimits(int maxUrl, long maxBody) {
        this.maxUrl = maxUrl;
        this.maxBody = maxBody;
    }

    int maxUrl() {
        return maxUrl;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String query = req.getQueryString();
        long url = req.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (url > maxUrl) {
            PlainText.send(res, 414, "The URL is longer than " + maxUrl + " characters, this server's limit. "
                    + "Send a long SPARQL query by POST (application/sparql-query).");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBody) {
            res.setHeader("Connection", "close");
            PlainText.send(res, 413, "The request body (" + length + " bytes) is larger than " + maxBody
                    + " bytes, this server's limit.");
            return;
        }
        if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            res.setHeader("Connection", "close");
            PlainText.send(res, 411, "Send the request body with a Content-Length (at most " + maxBody
                    + " bytes).");
            return;
        }
        chain.doFilter(req, res);
    }
}
