package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mllp.MllpConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.illbridge.support.MllpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What camel-mllp's own consumer (4.17) does with frames that a partner pipelines into one TCP write: it hands the
 * first frame to the route and throws the rest of the read away, unacknowledged. With an acknowledgement set by the
 * route it also resets the connection on a frame shorter than an HL7 header. This is why illbridge listens with its
 * own {@link org.illbridge.isoill.mllp.IsoIllListener} and uses camel-mllp only to send. Should a Camel upgrade make
 * these tests fail, the component may have learnt to read pipelined frames.
 */
class CamelMllpConsumerTest {

    private static final String ACK = "<ILL-ACK status=\"accepted\"/>";

    private final List<String> processed = new CopyOnWriteArrayList<>();
    private DefaultCamelContext camel;
    private int port;

    @BeforeEach
    void startConsumer() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mllp://127.0.0.1:" + port + "?autoAck=false&hl7Headers=false&validatePayload=false"
                        + "&stringPayload=false&charsetName=UTF-8")
                        .process(exchange -> {
                            processed.add(new String(exchange.getMessage().getBody(byte[].class),
                                    StandardCharsets.UTF_8));
                            exchange.setProperty(MllpConstants.MLLP_ACKNOWLEDGEMENT,
                                    ACK.getBytes(StandardCharsets.UTF_8));
                        });
            }
        });
        camel.start();
    }

    @AfterEach
    void stopConsumer() {
        camel.stop();
    }

    @Test
    void framesSentOneByOneAreEachProcessedAndAcknowledged() {
        try (MllpClient partner = new MllpClient(port, 5000)) {
            partner.send("<a/>");
            assertThat(partner.readAck()).isEqualTo(ACK);
            partner.send("<b/>");
            assertThat(partner.readAck()).isEqualTo(ACK);
        }
        assertThat(processed).containsExactly("<a/>", "<b/>");
    }

    @Test
    void aSecondFrameInTheSameWriteIsDroppedUnacknowledged() {
        try (MllpClient partner = new MllpClient(port, 3000)) {
            partner.send("<a/>", "<b/>");
            assertThat(partner.readAck()).isEqualTo(ACK);
            assertThat(partner.readAck()).as("acknowledgement of the second frame").isNull();
        }
        assertThat(processed).containsExactly("<a/>");
    }

    @Test
    void aFrameOfFewerThanFourBytesCostsTheConnectionInsteadOfAnAcknowledgement() {
        try (MllpClient partner = new MllpClient(port, 3000)) {
            long start = System.nanoTime();
            partner.send("x");
            assertThat(partner.readAck()).isNull();
            assertThat(System.nanoTime() - start).as("reset at once, not a timeout").isLessThan(2_000_000_000L);
        }
        assertThat(processed).containsExactly("x");
    }

    @Test
    void aFrameTrailingAnotherOnAnOpenConnectionIsDroppedToo() {
        try (MllpClient partner = new MllpClient(port, 3000)) {
            partner.send("<a/>");
            assertThat(partner.readAck()).isEqualTo(ACK);
            partner.send("<b/>", "<c/>");
            assertThat(partner.readAck()).isEqualTo(ACK);
            assertThat(partner.readAck()).as("acknowledgement of the third frame").isNull();
        }
        assertThat(processed).containsExactly("<a/>", "<b/>");
    }
}
