package org.unkg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket on a free loopback port that accepts connections, counts them and never answers (or answers the start
 * of a result and never the rest): the far end of a {@code SERVICE} call that must not happen, or that hangs.
 *
 * <pre>{@code
 * try (Loopback far = Loopback.open()) {
 *     far.url();          // http://127.0.0.1:PORT/sparql
 *     far.connections();  // how many clients connected
 * }
 * }</pre>
 */
final class Loopback implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> held = new ArrayList<>();
    private final Thread acceptor;

    private Loopback(ServerSocket socket, byte[] answer) {
        this.socket = socket;
        this.acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    if (answer.length > 0) {
                        s.getOutputStream().write(answer);
                        s.getOutputStream().flush();
                    }
                    synchronized (held) {
                        held.add(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "loopback-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static Loopback open() throws IOException {
        return new Loopback(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), new byte[0]);
    }

    /** One that answers every request with a redirect to {@code location}. */
    static Loopback redirecting(String location) throws IOException {
        String answer = "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n";
        return new Loopback(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                answer.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** One that answers the headers of a SPARQL result and the start of its body, and then nothing more. */
    static Loopback trickling() throws IOException {
        String start = "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        String chunk = "{ \"head\": { \"vars\": [ \"s\" ] }, \"results\": { \"bindings\": [ ";
        String body = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n";
        return new Loopback(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                (start + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
