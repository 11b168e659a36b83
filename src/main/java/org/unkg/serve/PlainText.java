package org.unkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A short plain-text answer, for the refusals the server's filters make themselves.
 *
 * <pre>{@code
 * PlainText.send(res, 413, "The request body is larger than 65536 bytes.");
 * }</pre>
 */
final class PlainText {
    private PlainText() {
    }

    /**
     * Refuses a request whose body (already known to be within the size limit) has not been read: reads it first,
     * so that the connection stays usable for the client's next request.
     */
    static void refuse(HttpServletRequest req, HttpServletResponse res, int status, String message)
            throws IOException {
        try (var in = req.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            res.setHeader("Connection", "close");
        }
        send(res, status, message);
    }

    static void send(HttpServletResponse res, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
