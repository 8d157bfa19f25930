package org.illbridge.isoill.mllp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a TCP byte stream into MLLP frames (0x0B, payload, 0x1C 0x0D) in the order they arrived, however the
 * stream was split into reads: part of a frame, one frame, or several frames pipelined into one read.
 *
 * <p>Every frame that was started yields exactly one {@link Frame}, so that acknowledgements stay in step with the
 * sender's frames: a frame longer than the limit, or one cut off by the next 0x0B, yields a frame with a problem
 * instead of a payload. The payload is XML, which cannot hold 0x0B or 0x1C, so neither needs escaping. A 0x0D or
 * other line end between frames is ignored, which also tolerates a sender that leaves out the final 0x0D; any
 * other byte outside a frame is counted and dropped.
 */
public final class MllpFrameReader {

    public static final byte START_OF_BLOCK = 0x0B;
    public static final byte END_OF_BLOCK = 0x1C;
    public static final byte END_OF_DATA = 0x0D;

    /** One frame: its payload, or the problem that keeps it from being read (and then no payload). */
    public record Frame(byte[] payload, String problem) {
    }

    private final int maximumFrameBytes;
    private final ByteArrayOutputStream payload = new ByteArrayOutputStream();
    private boolean inFrame;
    private boolean tooLong;
    private long droppedBytes;

    public MllpFrameReader(int maximumFrameBytes) {
        this.maximumFrameBytes = maximumFrameBytes;
    }

    /** The frames that the bytes complete, in order; an unfinished frame waits for the next read. */
    public List<Frame> read(byte[] bytes, int offset, int length) {
        List<Frame> frames = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            byte next = bytes[i];
            if (next == START_OF_BLOCK) {
                if (inFrame) {
                    frames.add(new Frame(null, "the frame was not ended by 0x1C before the next 0x0B"));
                }
                begin();
            } else if (!inFrame) {
                if (next != END_OF_DATA && next != '\n' && next != ' ' && next != '\t') {
                    droppedBytes++;
                }
            } else if (next == END_OF_BLOCK) {
                frames.add(tooLong ? new Frame(null, "the frame is longer than " + maximumFrameBytes + " bytes")
                        : new Frame(payload.toByteArray(), null));
                inFrame = false;
                payload.reset();
            } else if (payload.size() < maximumFrameBytes) {
                payload.write(next);
            } else {
                tooLong = true;
            }
        }
        return frames;
    }

    /** Whether a frame has begun and not yet ended. */
    public boolean insideFrame() {
        return inFrame;
    }

    /** How many bytes arrived outside any frame and were dropped. */
    public long droppedBytes() {
        return droppedBytes;
    }

    /** A payload framed for the wire. */
    public static byte[] frame(byte[] payload) {
        byte[] framed = new byte[payload.length + 3];
        framed[0] = START_OF_BLOCK;
        System.arraycopy(payload, 0, framed, 1, payload.length);
        framed[payload.length + 1] = END_OF_BLOCK;
        framed[payload.length + 2] = END_OF_DATA;
        return framed;
    }

    private void begin() {
        inFrame = true;
        tooLong = false;
        payload.reset();
    }
}
