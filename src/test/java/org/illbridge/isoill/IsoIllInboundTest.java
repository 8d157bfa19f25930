package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.illbridge.isoill.mllp.IsoIllListener;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.LogLines;
import org.illbridge.support.MllpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner sends ISO ILL APDUs to illbridge's MLLP listener: each frame is acknowledged and routed by APDU. */
class IsoIllInboundTest extends IllbridgeTestBase {

    private static final String PARTNER = "DK-820010";
    private static final String ACCEPTED = "status=\"accepted\"></ILL-ACK>";

    @Autowired
    private IsoIllListener listener;

    @Autowired
    private JdbcTemplate jdbc;

    private final LogLines log = new LogLines();

    @AfterEach
    void stopWatchingTheLog() {
        log.close();
    }

    private MllpClient partner() {
        return new MllpClient(listener.port(), 10000);
    }

    private static String renew(String qualifier) {
        return IsoIllSamples.renew(PARTNER, US, qualifier, "093000", "20300201");
    }

    /** The lines the placeholder route of an APDU type logged for a transaction qualifier. */
    private List<String> routed(String apdu, String qualifier) {
        return log.containing("ISO ILL " + apdu + " from " + PARTNER + ", transaction ").stream()
                .filter(line -> line.endsWith("/" + qualifier)).toList();
    }

    @Test
    void aFramedRenewIsAcceptedReachesTheRenewRouteAndIsStoredWithItsAcknowledgement() {
        try (MllpClient partner = partner()) {
            partner.send(renew("IN-RENEW-1"));
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }

        assertThat(routed("Renew", "IN-RENEW-1")).containsExactly(
                "ISO ILL Renew from DK-820010, transaction DK-820010/G1/IN-RENEW-1");
        Long inbound = jdbc.queryForObject("select id from message_log where direction = 'IN' and protocol = "
                + "'ISO_ILL' and body like '%IN-RENEW-1%'", Long.class);
        List<String> stored = jdbc.queryForList("select direction || ' ' || message_type from message_log "
                + "where protocol = 'ISO_ILL' and id >= ? order by id limit 2", String.class, inbound);
        assertThat(stored).containsExactly("IN Renew", "OUT ILL-ACK accepted");
    }

    @Test
    void eachRenewalApduReachesItsOwnRouteAndEveryOtherApduTheOtherRoute() {
        try (MllpClient partner = partner()) {
            partner.send(IsoIllSamples.renewAnswer(PARTNER, US, "IN-TYPES", true, "20300301"),
                    IsoIllSamples.recall(PARTNER, US, "IN-TYPES"), IsoIllSamples.overdue(PARTNER, US, "IN-TYPES"),
                    IsoIllSamples.message(PARTNER, US, "IN-TYPES"));
            for (int i = 0; i < 4; i++) {
                assertThat(partner.readAck()).endsWith(ACCEPTED);
            }
        }

        assertThat(routed("Renew-Answer", "IN-TYPES")).hasSize(1);
        assertThat(routed("Recall", "IN-TYPES")).hasSize(1);
        assertThat(routed("Overdue", "IN-TYPES")).hasSize(1);
        assertThat(routed("Message", "IN-TYPES")).hasSize(1);
    }

    @Test
    void aMalformedFrameIsRejectedWithItsReasonAndTheConnectionServesTheNextFrame() {
        try (MllpClient partner = partner()) {
            partner.send("this is not XML");
            assertThat(partner.readAck()).contains("status=\"rejected\"").contains("not well-formed XML");

            partner.send(renew("IN-AFTER-BAD").replace("20300201", "2030-02-01"));
            assertThat(partner.readAck()).contains("status=\"rejected\"")
                    .contains("desired-due-date is not an ISO-Date (YYYYMMDD): 2030-02-01");

            partner.write("\u000B<ILL-APDU".getBytes(StandardCharsets.UTF_8));
            partner.send(renew("IN-AFTER-BAD"));
            assertThat(partner.readAck()).contains("status=\"rejected\"").contains("not ended by 0x1C");
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }
        assertThat(routed("Renew", "IN-AFTER-BAD")).hasSize(1);
    }

    @Test
    void twoFramesInOneWriteAreBothAcknowledgedAndProcessedInOrder() {
        try (MllpClient partner = partner()) {
            partner.send(renew("IN-TWO-A"), renew("IN-TWO-B"));
            assertThat(partner.readAck()).endsWith(ACCEPTED);
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }
        assertThat(log.containing("ISO ILL Renew from " + PARTNER + ", transaction DK-820010/G1/IN-TWO-"))
                .containsExactly("ISO ILL Renew from DK-820010, transaction DK-820010/G1/IN-TWO-A",
                        "ISO ILL Renew from DK-820010, transaction DK-820010/G1/IN-TWO-B");
    }

    @Test
    void threeFramesInOneWriteAreAllAcknowledgedInOrderEachWithItsOwnAcknowledgement() {
        try (MllpClient partner = partner()) {
            partner.send(renew("IN-THREE-A"), "<not-an-apdu/>", renew("IN-THREE-C"));
            assertThat(partner.readAck()).endsWith(ACCEPTED);
            assertThat(partner.readAck()).contains("status=\"rejected\"").contains("root element must be ILL-APDU");
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }
        assertThat(log.containing("ISO ILL Renew from " + PARTNER + ", transaction DK-820010/G1/IN-THREE-"))
                .containsExactly("ISO ILL Renew from DK-820010, transaction DK-820010/G1/IN-THREE-A",
                        "ISO ILL Renew from DK-820010, transaction DK-820010/G1/IN-THREE-C");
    }

    @Test
    void aFrameSplitOverSeveralWritesIsReadWhole() {
        byte[] frame = MllpClient.frame(renew("IN-SPLIT"));
        try (MllpClient partner = partner()) {
            partner.write(Arrays.copyOfRange(frame, 0, 40));
            partner.write(Arrays.copyOfRange(frame, 40, frame.length));
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }
        assertThat(routed("Renew", "IN-SPLIT")).hasSize(1);
    }

    @Test
    void aFrameSentAgainAfterALostAcknowledgementIsAcknowledgedButNotProcessedTwice() {
        try (MllpClient partner = partner()) {
            partner.send(renew("IN-AGAIN"));
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }
        try (MllpClient partner = partner()) {
            partner.send(renew("IN-AGAIN"), renew("IN-AGAIN"));
            assertThat(partner.readAck()).contains("status=\"accepted\"").contains("already received");
            assertThat(partner.readAck()).contains("status=\"accepted\"").contains("already received");
        }
        assertThat(routed("Renew", "IN-AGAIN")).hasSize(1);

        try (MllpClient partner = partner()) {
            partner.send(IsoIllSamples.renew(PARTNER, US, "IN-AGAIN", "093001", "20300201"));
            assertThat(partner.readAck()).endsWith(ACCEPTED);
        }
        assertThat(routed("Renew", "IN-AGAIN")).as("a later Renew of the same transaction").hasSize(2);
    }
}
