package org.illbridge.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A partner's end of an MLLP connection, for tests: writes frames (several in one TCP write when asked) and reads
 * the acknowledgement frames that come back.
 */
public class MllpClient implements AutoCloseable {

    private final Socket socket;

    public MllpClient(int port, int acknowledgementTimeoutMillis) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(acknowledgementTimeoutMillis);
            socket.setTcpNoDelay(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes all the frames' payloads, each framed, in one write. */
    public void send(String... payloads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String payload : payloads) {
            bytes.writeBytes(frame(payload));
        }
        write(bytes.toByteArray());
    }

    /** Writes bytes exactly as given. */
    public void write(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next acknowledgement's payload, or null when none comes in time or the connection was closed. */
    public String readAck() {
        try {
            InputStream in = socket.getInputStream();
            int next = in.read();
            if (next != 0x0B) {
                return null;
            }
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            while ((next = in.read()) != -1 && next != 0x1C) {
                payload.write(next);
            }
            if (next == -1 || in.read() != 0x0D) {
                return null;
            }
            return payload.toString(StandardCharsets.UTF_8);
        } catch (SocketTimeoutException nothingCame) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    public static byte[] frame(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[bytes.length + 3];
        framed[0] = 0x0B;
        System.arraycopy(bytes, 0, framed, 1, bytes.length);
        framed[bytes.length + 1] = 0x1C;
        framed[bytes.length + 2] = 0x0D;
        return framed;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
