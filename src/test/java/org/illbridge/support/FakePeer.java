package org.illbridge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A peer of illbridge (Alma or a partner) on its own loopback HTTP port. It records every body it receives and
 * answers with whatever the test's responder says; "down" makes it drop the connection like a dead server.
 */
public class FakePeer {

    /** What the peer answers: an HTTP status and a body, or down to close the connection unanswered. */
    public record Reply(int status, String body, boolean unanswered) {

        public static Reply ok(String body) {
            return new Reply(200, body, false);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, false);
        }

        public static Reply down() {
            return new Reply(0, null, true);
        }
    }

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> headerNames = new CopyOnWriteArrayList<>();
    private volatile Function<String, Reply> responder;
    private final Function<String, Reply> defaultResponder;

    public FakePeer(String path, Function<String, Reply> defaultResponder) {
        this.defaultResponder = defaultResponder;
        this.responder = defaultResponder;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(path, this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<String> received() {
        return received;
    }

    public List<String> receivedContaining(String text) {
        return received.stream().filter(body -> body.contains(text)).toList();
    }

    /** The names of every HTTP header the peer has been sent. */
    public List<String> headerNames() {
        return headerNames;
    }

    public void answer(Function<String, Reply> responder) {
        this.responder = responder;
    }

    public void reset() {
        received.clear();
        headerNames.clear();
        responder = defaultResponder;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        received.add(body);
        headerNames.addAll(exchange.getRequestHeaders().keySet());
        Reply reply = responder.apply(body);
        if (reply.unanswered()) {
            exchange.close();
            return;
        }
        byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=UTF-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
