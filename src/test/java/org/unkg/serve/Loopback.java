package org.unkg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket on a free loopback port that accepts connections, counts them and never answers: the far end of a
 * {@code SERVICE} call that must not happen, or that hangs.
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

    private Loopback(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
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
        return new Loopback(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
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
