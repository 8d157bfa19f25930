package org.illbridge.isoill.mllp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.illbridge.config.IllbridgeProperties;
import org.illbridge.isoill.IsoIllHeaders;
import org.illbridge.isoill.mllp.MllpFrameReader.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * illbridge's MLLP listener for ISO ILL partners, on illbridge.iso-ill.port. camel-mllp's consumer hands only the
 * first of several frames that arrive in one read to its route and drops the rest unacknowledged, so partners that
 * pipeline frames would lose APDUs; this listener reads every frame of a connection in order, hands each to the
 * route direct:iso-ill-frame and writes back the acknowledgement the route leaves in the exchange. When the route
 * leaves none (a failure on our side) the connection is closed, and the sender sends the frame again.
 */
@Component
public class IsoIllListener {

    private static final Logger LOG = LoggerFactory.getLogger(IsoIllListener.class);
    private static final String ROUTE = "direct:iso-ill-frame";

    private final CamelContext camel;
    private final String host;
    private final int configuredPort;
    private final int maximumFrameBytes;
    private final int idleTimeout;
    private final Semaphore connectionsLeft;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> new Thread(task,
            "iso-ill-connection-" + connectionCount.incrementAndGet()));

    private volatile ServerSocket server;
    private ProducerTemplate template;

    public IsoIllListener(CamelContext camel, IllbridgeProperties properties,
            @Value("${illbridge.iso-ill.host:0.0.0.0}") String host,
            @Value("${illbridge.iso-ill.maximum-frame-bytes:1048576}") int maximumFrameBytes,
            @Value("${illbridge.iso-ill.idle-timeout:60000}") int idleTimeout,
            @Value("${illbridge.iso-ill.maximum-connections:20}") int maximumConnections) {
        this.camel = camel;
        this.host = host;
        this.configuredPort = properties.getIsoIll().getPort();
        this.maximumFrameBytes = maximumFrameBytes;
        this.idleTimeout = idleTimeout;
        this.connectionsLeft = new Semaphore(maximumConnections);
    }

    /** Listens once the routes run; a port that cannot be bound stops the application. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        template = camel.createProducerTemplate();
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(host, configuredPort), 50);
        server = socket;
        Thread acceptor = new Thread(this::accept, "iso-ill-listener");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("ISO ILL listening for MLLP on {}:{}", host, port());
    }

    /** The port listened on, also when the configured one was 0 (any free port). */
    public int port() {
        ServerSocket current = server;
        return current == null ? -1 : current.getLocalPort();
    }

    @PreDestroy
    public synchronized void stop() {
        ServerSocket current = server;
        server = null;
        if (current != null) {
            closeQuietly(current);
        }
        connections.forEach(IsoIllListener::closeQuietly);
        workers.shutdownNow();
    }

    private void accept() {
        ServerSocket listening = server;
        while (listening != null && !listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                if (!connectionsLeft.tryAcquire()) {
                    LOG.warn("ISO ILL connection from {} refused: too many connections",
                            socket.getRemoteSocketAddress());
                    closeQuietly(socket);
                    continue;
                }
                connections.add(socket);
                workers.execute(() -> serve(socket));
            } catch (IOException | RuntimeException failure) {
                if (!listening.isClosed()) {
                    LOG.warn("ISO ILL listener could not accept a connection: {}", failure.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        String remote = String.valueOf(socket.getRemoteSocketAddress());
        MllpFrameReader reader = new MllpFrameReader(maximumFrameBytes);
        LOG.debug("ISO ILL connection from {}", remote);
        try (socket) {
            socket.setSoTimeout(idleTimeout);
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                for (Frame frame : reader.read(buffer, 0, read)) {
                    String acknowledgement = process(frame, remote);
                    if (acknowledgement == null) {
                        LOG.warn("ISO ILL frame from {} not acknowledged; closing the connection", remote);
                        return;
                    }
                    out.write(MllpFrameReader.frame(acknowledgement.getBytes(StandardCharsets.UTF_8)));
                    out.flush();
                }
            }
        } catch (SocketTimeoutException idle) {
            LOG.debug("ISO ILL connection from {} idle; closing it", remote);
        } catch (IOException | RuntimeException failure) {
            LOG.info("ISO ILL connection from {} ended: {}", remote, failure.getMessage());
        } finally {
            if (reader.insideFrame()) {
                LOG.warn("ISO ILL connection from {} ended inside a frame; that frame was not received", remote);
            }
            if (reader.droppedBytes() > 0) {
                LOG.warn("ISO ILL connection from {} sent {} bytes outside any frame", remote, reader.droppedBytes());
            }
            connections.remove(socket);
            connectionsLeft.release();
        }
    }

    /** Runs one frame through the route; answers the acknowledgement to write, or null for none. */
    private String process(Frame frame, String remote) {
        Exchange done = template.send(ROUTE, exchange -> {
            exchange.getMessage().setBody(frame.payload() == null ? new byte[0] : frame.payload());
            exchange.getMessage().setHeader(IsoIllHeaders.REMOTE_ADDRESS, remote);
            if (frame.problem() != null) {
                exchange.getMessage().setHeader(IsoIllHeaders.FRAME_PROBLEM, frame.problem());
            }
        });
        if (done.getException() != null) {
            LOG.error("ISO ILL frame from {} failed: {}", remote, done.getException().getMessage());
            return null;
        }
        return done.getProperty(IsoIllHeaders.ACKNOWLEDGEMENT, String.class);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
