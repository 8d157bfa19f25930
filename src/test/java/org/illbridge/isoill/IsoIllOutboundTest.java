package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.illbridge.isoill.mllp.IsoIllListener;
import org.illbridge.isoill.xml.ILLAPDU;
import org.illbridge.store.DeadLetterStore;
import org.illbridge.support.FakeIsoIllPeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.LogLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** illbridge sends ISO ILL APDUs to a partner over MLLP and reads the partner's ILL-ACK. */
class IsoIllOutboundTest extends IllbridgeTestBase {

    private static final FakeIsoIllPeer PEER = new FakeIsoIllPeer();
    private static final String PARTNER = "DK-ISO-ILL";
    private static final String ANSWERED = "mock:iso-ill-answered";

    @Autowired
    private ProducerTemplate template;

    @Autowired
    private CamelContext camel;

    @Autowired
    private DeadLetterStore deadLetters;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IsoIllListener listener;

    private MockEndpoint answered;

    @BeforeEach
    void resetPeer() {
        PEER.reset();
        answered = camel.getEndpoint(ANSWERED, MockEndpoint.class);
        answered.reset();
    }

    private static ILLAPDU renew(String qualifier) {
        IsoIllHeader header = new IsoIllHeader(new IsoIllTransactionId(US, "BR", qualifier, null), US, PARTNER,
                Instant.parse("2030-01-05T09:30:00Z"), ZoneId.of("UTC"));
        return IsoIllMessages.renew(header, Instant.parse("2030-02-01T12:00:00Z"), ZoneId.of("UTC"), null);
    }

    private Exchange send(String requestId, ILLAPDU apdu, int port) {
        return template.send("direct:to-iso-ill-partner", exchange -> {
            exchange.getMessage().setBody(apdu);
            exchange.getMessage().setHeader("illbridgeRequestId", requestId);
            exchange.getMessage().setHeader("illbridgePartner", PARTNER);
            exchange.getMessage().setHeader(IsoIllHeaders.PARTNER_HOST, "127.0.0.1");
            exchange.getMessage().setHeader(IsoIllHeaders.PARTNER_PORT, port);
            exchange.setProperty("illbridgeOnAnswer", ANSWERED);
        });
    }

    @Test
    void anAcceptedRenewIsDeliveredOnceAndItsAcknowledgementGoesWhereTheCallerSaid() throws InterruptedException {
        answered.expectedMessageCount(1);

        Exchange done = send("OUT-1", renew("OUT-1"), PEER.port());

        assertThat(done.getException()).isNull();
        assertThat(PEER.received()).hasSize(1);
        assertThat(PEER.received().get(0)).contains("<Renew>").contains("<transaction-qualifier>OUT-1<")
                .contains("<desired-due-date>20300201</desired-due-date>");
        answered.assertIsSatisfied(5000);
        assertThat(answered.getExchanges().get(0).getMessage().getBody()).isEqualTo(IsoIllAck.accepted(null));
        List<String> stored = jdbc.queryForList("select direction || ' ' || message_type from message_log "
                + "where request_id = 'OUT-1' order by id", String.class);
        assertThat(stored).containsExactly("OUT Renew", "IN ILL-ACK accepted");
    }

    @Test
    void aPartnerThatIsDownIsRetriedAndReachedOnceItIsUp() {
        int deadBefore = deadLetters.count();
        PEER.down();
        CompletableFuture.runAsync(PEER::up, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        try (LogLines log = new LogLines()) {
            Exchange done = send("OUT-2", renew("OUT-2"), PEER.port());

            assertThat(done.getMessage().getBody()).isEqualTo(IsoIllAck.accepted(null));
            assertThat(log.containing("Failed delivery for")).isNotEmpty();
        }
        assertThat(PEER.received()).hasSize(1);
        assertThat(deadLetters.count()).isEqualTo(deadBefore);
    }

    @Test
    void aRejectingAcknowledgementIsTheAnswerAndIsNotRetried() {
        int deadBefore = deadLetters.count();
        PEER.answer(frame -> FakeIsoIllPeer.rejected("unknown-transaction-id"));

        Exchange done = send("OUT-3", renew("OUT-3"), PEER.port());

        assertThat(done.getMessage().getBody()).isEqualTo(IsoIllAck.rejected("unknown-transaction-id"));
        assertThat(PEER.received()).hasSize(1);
        assertThat(deadLetters.count()).isEqualTo(deadBefore);
    }

    @Test
    void aPartnerThatNeverAcknowledgesIsRetriedAndTheRenewEndsInTheDeadLetters() {
        int deadBefore = deadLetters.count();
        PEER.answer(frame -> null);

        send("OUT-4", renew("OUT-4"), PEER.port());

        assertThat(deadLetters.count()).isEqualTo(deadBefore + 1);
        assertThat(PEER.received()).hasSizeGreaterThanOrEqualTo(5).allMatch(frame -> frame.contains(">OUT-4<"));
    }

    @Test
    void anotherIllbridgeAcceptsOurRenewAndDoesNotActOnItTwiceWhenItIsSentAgain() {
        try (LogLines log = new LogLines()) {
            Exchange first = send("OUT-5", renew("OUT-5"), listener.port());
            Exchange again = send("OUT-5", renew("OUT-5"), listener.port());

            assertThat(first.getMessage().getBody()).isEqualTo(IsoIllAck.accepted(null));
            assertThat(again.getMessage().getBody()).isEqualTo(IsoIllAck.accepted("already received; not processed "
                    + "again"));
            assertThat(log.containing("ISO ILL Renew from " + PARTNER + ", transaction " + US + "/BR/OUT-5"))
                    .hasSize(1);
        }
    }
}
