package org.illbridge.isoill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.illbridge.isoill.mllp.IsoIllListener;
import org.illbridge.support.FakePeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.illbridge.support.MllpClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Both renewal flows with a partner that speaks ISO ILL over MLLP, in Europe/Berlin. */
class IsoIllRenewalTest extends IllbridgeTestBase {

    @Autowired
    private IsoIllListener listener;

    private String send(String apdu) {
        try (MllpClient partner = new MllpClient(listener.port(), 10000)) {
            partner.send(apdu);
            return partner.readAck();
        }
    }

    private String sentToPartner(String apdu) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ILL_PEER.received().stream()
                .anyMatch(frame -> frame.contains("<" + apdu + ">") || frame.contains(":" + apdu + ">")));
        return ILL_PEER.received().stream()
                .filter(frame -> frame.contains("<" + apdu + ">") || frame.contains(":" + apdu + ">"))
                .findFirst().orElseThrow();
    }

    private String lendingLoanFromTheIllPartner(String requestId, String barcode) {
        post("/api/requests", "application/json", """
                {"requestId":"%s","role":"LENDING","partner":"%s","partnerRequestId":"B-%s",
                 "itemBarcode":"%s","patronId":"ILL-DE-1","dueDate":"2030-01-10T23:59:59Z"}
                """.formatted(requestId, ILL_PARTNER, requestId, barcode));
        return requestId;
    }

    @Test
    void ourRenewGoesToTheLenderAndItsYesRenewsInAlmaAtTheEndOfThatDayInTheLendersZone() {
        String requestId = borrowingLoanFrom(ILL_PARTNER, "IB-1", "IB-BAR-1");

        ncip(Messages.almaRenewItem("IB-BAR-1", "2030-02-20T12:00:00Z"));

        String renew = sentToPartner("Renew");
        assertThat(Messages.between(renew, "transaction-qualifier")).isEqualTo(requestId);
        assertThat(Messages.between(renew, "desired-due-date")).isEqualTo("20300220");
        awaitState(requestId, "REQUESTED");

        String ack = send(IsoIllSamples.renewAnswer(ILL_PARTNER, US, requestId, true, "20300315"));

        assertThat(ack).contains("status=\"accepted\"");
        awaitState(requestId, "RENEWED");
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2030-03-15T22:59:59Z");
        assertThat(Messages.between(ALMA.receivedContaining("DesiredDateDue").get(0), "DesiredDateDue"))
                .isEqualTo("2030-03-15T22:59:59Z");
    }

    @Test
    void theLendersNoBecomesItemNotRenewedInAlma() {
        String requestId = borrowingLoanFrom(ILL_PARTNER, "IB-2", "IB-BAR-2");
        ncip(Messages.almaRenewItem("IB-BAR-2", null));
        sentToPartner("Renew");
        awaitState(requestId, "REQUESTED");

        send(IsoIllSamples.renewAnswer(ILL_PARTNER, US, requestId, false, "20300110"));

        awaitState(requestId, "REFUSED");
        assertThat(record(requestId).get("renewalDetail").asText()).isEqualTo("last time");
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("Item Not Renewed").isEmpty());
    }

    @Test
    void aBorrowersRenewIsAskedOfAlmaAndAnsweredWithRenewAnswerAndAlmasDate() {
        String requestId = lendingLoanFromTheIllPartner("IL-1", "IL-BAR-1");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseDateDue("IL-BAR-1", "2031-01-15T12:00:00.000Z"))));

        String ack = send(IsoIllSamples.renew(ILL_PARTNER, US, "B-" + requestId, "093000", "20300201"));

        assertThat(ack).contains("status=\"accepted\"");
        String answer = sentToPartner("Renew-Answer");
        assertThat(Messages.between(answer, "answer")).isEqualTo("true");
        assertThat(Messages.between(answer, "date-due-field")).isEqualTo("20310115");
        assertThat(Messages.between(answer, "transaction-qualifier")).isEqualTo("B-" + requestId);
        assertThat(Messages.between(ALMA.receivedContaining("RenewItem>").get(0), "UserIdentifierValue"))
                .isEqualTo("ILL-DE-1");
        awaitState(requestId, "RENEWED");
    }

    @Test
    void almasRefusalBecomesRenewAnswerFalseWithTheProblemInTheNote() {
        String requestId = lendingLoanFromTheIllPartner("IL-2", "IL-BAR-2");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.status(400, Messages.renewItemResponseProblem("Item Not Renewable", "on hold"))));

        send(IsoIllSamples.renew(ILL_PARTNER, US, "B-" + requestId, "093000", "20300201"));

        String answer = sentToPartner("Renew-Answer");
        assertThat(Messages.between(answer, "answer")).isEqualTo("false");
        assertThat(Messages.between(answer, "responder-note")).contains("Item Not Renewable");
        awaitState(requestId, "REFUSED");
    }

    @Test
    void anotherLibraryCannotRenewOrAnswerForThePartnersLoans() {
        String lending = lendingLoanFromTheIllPartner("IL-3", "IL-BAR-3");
        String borrowing = borrowingLoanFrom(ILL_PARTNER, "IB-4", "IB-BAR-4");
        ncip(Messages.almaRenewItem("IB-BAR-4", null));
        sentToPartner("Renew");
        awaitState(borrowing, "REQUESTED");

        send(IsoIllSamples.renew("XX-EVIL", US, lending, "093000", "20300201"));
        send(IsoIllSamples.renewAnswer("XX-EVIL", US, borrowing, false, "20300110"));

        assertThat(state(lending)).isEqualTo("NONE");
        assertThat(state(borrowing)).isEqualTo("REQUESTED");
        assertThat(ALMA.receivedContaining("RenewItem>")).isEmpty();
    }

    @Test
    void theRenewAnswerRepeatsTheBorrowersOwnTransactionId() {
        String requestId = lendingLoanFromTheIllPartner("IL-4", "IL-BAR-4");
        String renew = IsoIllSamples.renew(ILL_PARTNER, US, "B-" + requestId, "093000", "20300201")
                .replace("<transaction-group-qualifier>G1<", "<transaction-group-qualifier>GROUP-2026<");

        send(renew);

        String answer = sentToPartner("Renew-Answer");
        assertThat(Messages.between(answer, "transaction-group-qualifier")).isEqualTo("GROUP-2026");
        assertThat(Messages.between(ALMA.receivedContaining("RenewItem>").get(0), "DesiredDateDue"))
                .isEqualTo("2030-02-01T22:59:59Z");
    }

    @Test
    void anApduForAnUnknownTransactionIsAcknowledgedAndAnsweredWithAStatusOrErrorReport() {
        String ack = send(IsoIllSamples.renew(ILL_PARTNER, US, "NOBODY-KNOWS", "093000", "20300201"));

        assertThat(ack).contains("status=\"accepted\"");
        String report = sentToPartner("Status-Or-Error-Report");
        assertThat(report).contains("unknown-transaction-id").contains("NOBODY-KNOWS");
    }

    @Test
    void aRecallEndsAnOpenRenewalRefused() {
        String requestId = borrowingLoanFrom(ILL_PARTNER, "IB-3", "IB-BAR-3");
        ncip(Messages.almaRenewItem("IB-BAR-3", null));
        sentToPartner("Renew");
        awaitState(requestId, "REQUESTED");

        send(IsoIllSamples.recall(ILL_PARTNER, US, requestId));

        awaitState(requestId, "REFUSED");
        assertThat(record(requestId).get("renewalDetail").asText()).isEqualTo("recalled");
    }
}
