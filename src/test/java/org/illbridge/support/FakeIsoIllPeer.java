package org.illbridge.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An ISO ILL partner on its own loopback port, speaking XML APDUs in MLLP frames. It records every frame it
 * receives and answers each with the ILL-ACK its responder gives, or with none (the connection is closed) when the
 * responder answers null. down() makes the port refuse connections until up().
 */
public class FakeIsoIllPeer {

    private static final String NAMESPACE = "http://illbridge.org/2026/iso-ill";

    private final int port;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile Function<String, String> responder = FakeIsoIllPeer::accepted;
    private volatile ServerSocket server;

    public FakeIsoIllPeer() {
        up(0);
        port = server.getLocalPort();
    }

    public static String accepted(String frame) {
        return "<ILL-ACK xmlns=\"" + NAMESPACE + "\" status=\"accepted\"/>";
    }

    public static String rejected(String reason) {
        return "<ILL-ACK xmlns=\"" + NAMESPACE + "\" status=\"rejected\">" + reason + "</ILL-ACK>";
    }

    public int port() {
        return port;
    }

    public List<String> received() {
        return received;
    }

    /** How the peer answers each frame: an acknowledgement's XML, or null to close without one. */
    public void answer(Function<String, String> responder) {
        this.responder = responder;
    }

    public void reset() {
        received.clear();
        responder = FakeIsoIllPeer::accepted;
        if (server == null) {
            up();
        }
    }

    /** Stops listening and drops every connection: connecting is refused. */
    public synchronized void down() {
        try {
            server.close();
        } catch (IOException ignored) {
            // down anyway
        }
        server = null;
        connections.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // down anyway
            }
        });
    }

    /** Listens again on the same port. */
    public synchronized void up() {
        up(port);
    }

    private void up(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", onPort));
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "fake-iso-ill-peer");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                connections.add(socket);
                Thread connection = new Thread(() -> serve(socket), "fake-iso-ill-peer-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (String frame = readFrame(in); frame != null; frame = readFrame(in)) {
                received.add(frame);
                String acknowledgement = responder.apply(frame);
                if (acknowledgement == null) {
                    return;
                }
                out.write(MllpClient.frame(acknowledgement));
                out.flush();
            }
        } catch (IOException ended) {
            // the other side went away
        } finally {
            connections.remove(socket);
        }
    }

    private static String readFrame(InputStream in) throws IOException {
        int next = in.read();
        while (next != -1 && next != 0x0B) {
            next = in.read();
        }
        if (next == -1) {
            return null;
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        while ((next = in.read()) != -1 && next != 0x1C) {
            payload.write(next);
        }
        if (next == -1) {
            return null;
        }
        in.read();
        return payload.toString(StandardCharsets.UTF_8);
    }
}
