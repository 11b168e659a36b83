package org.unkg.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most so many requests at once: the others wait for a turn up to a while, then answer {@code 503} with
 * {@code Retry-After}, so a burst is served in turn and a flood is turned away instead of exhausting memory.
 *
 * <pre>{@code
 * new ConcurrencyLimit(16, Duration.ofSeconds(10))   // the defaults of unkg serve
 * }</pre>
 */
final class ConcurrencyLimit extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final transient Semaphore turns;
    private final int max;
    private final long waitMillis;

    ConcurrencyLimit(int max, Duration wait) {
        this.max = max;
        this.turns = new Semaphore(max, true);
        this.waitMillis = wait.toMillis();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        boolean got;
        try {
            got = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            res.setHeader("Retry-After", "1");
            PlainText.refuse(req, res, 503, "The server is busy (" + max + " requests at once); retry in a moment.");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            turns.release();
        }
    }
}
