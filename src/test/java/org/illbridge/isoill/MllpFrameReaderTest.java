package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.illbridge.isoill.mllp.MllpFrameReader;
import org.illbridge.isoill.mllp.MllpFrameReader.Frame;
import org.junit.jupiter.api.Test;

/** Cutting the byte stream of a connection into frames, however it was split into reads. */
class MllpFrameReaderTest {

    private final MllpFrameReader reader = new MllpFrameReader(64);

    private static byte[] frames(String... payloads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String payload : payloads) {
            bytes.writeBytes(MllpFrameReader.frame(payload.getBytes(StandardCharsets.UTF_8)));
        }
        return bytes.toByteArray();
    }

    private List<String> payloads(List<Frame> frames) {
        return frames.stream().map(frame -> frame.payload() == null ? "problem: " + frame.problem()
                : new String(frame.payload(), StandardCharsets.UTF_8)).toList();
    }

    private List<String> readAll(byte[] bytes) {
        return payloads(reader.read(bytes, 0, bytes.length));
    }

    @Test
    void threeFramesInOneReadAreAllReadInOrder() {
        assertThat(readAll(frames("<a/>", "<b/>", "<c/>"))).containsExactly("<a/>", "<b/>", "<c/>");
        assertThat(reader.insideFrame()).isFalse();
    }

    @Test
    void aFrameSplitOverManyReadsIsReadWholeOnceItEnds() {
        byte[] bytes = frames("<renew>ÆØÅ</renew>", "<b/>");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            read.addAll(payloads(reader.read(bytes, i, 1)));
        }
        assertThat(read).containsExactly("<renew>ÆØÅ</renew>", "<b/>");
    }

    @Test
    void aMissingFinalCarriageReturnAndLineEndsBetweenFramesAreTolerated() {
        byte[] bytes = "\u000B<a/>\u001C\r\n\u000B<b/>\u001C\u000B<c/>\u001C\r".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes)).containsExactly("<a/>", "<b/>", "<c/>");
        assertThat(reader.droppedBytes()).isZero();
    }

    @Test
    void bytesOutsideAnyFrameAreCountedAndDropped() {
        byte[] bytes = "noise\u000B<a/>\u001C\r".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes)).containsExactly("<a/>");
        assertThat(reader.droppedBytes()).isEqualTo(5);
    }

    @Test
    void aFrameCutOffByTheNextStartStillGetsItsOwnFrameWithTheProblem() {
        byte[] bytes = "\u000B<a\u000B<b/>\u001C\r".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(bytes)).containsExactly(
                "problem: the frame was not ended by 0x1C before the next 0x0B", "<b/>");
    }

    @Test
    void aFrameLongerThanTheLimitIsReportedAndTheNextIsReadNormally() {
        String tooLong = "<x>" + "y".repeat(100) + "</x>";
        assertThat(readAll(frames(tooLong, "<b/>"))).containsExactly(
                "problem: the frame is longer than 64 bytes", "<b/>");
    }

    @Test
    void anUnfinishedFrameWaitsForTheNextRead() {
        byte[] start = "\u000B<a".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(start)).isEmpty();
        assertThat(reader.insideFrame()).isTrue();
        assertThat(readAll("/>\u001C\r".getBytes(StandardCharsets.UTF_8))).containsExactly("<a/>");
    }
}
