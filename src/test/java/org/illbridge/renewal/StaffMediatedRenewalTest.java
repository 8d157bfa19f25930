package org.illbridge.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.illbridge.support.FakePeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With auto-forward off, a renewal waits in PENDING for staff, whose actions reach Alma like a lender's answer. */
class StaffMediatedRenewalTest extends IllbridgeTestBase {

    @DynamicPropertySource
    static void staffDecide(DynamicPropertyRegistry registry) {
        registry.add("illbridge.renewal.auto-forward", () -> "false");
        registry.add("illbridge.renewal.lending-auto", () -> "false");
    }

    private void borrowerAsksToRenew(String requestId) {
        iso18626(Messages.requestingAgencyMessage(BORROWER, US, "B-" + requestId, requestId, "Renew"));
        awaitState(requestId, "PENDING");
    }

    @Test
    void aBorrowersRenewWaitsForStaffAndTheForwardActionAsksAlma() {
        String requestId = lendingLoan("SL-1", "SL-BAR-1");
        borrowerAsksToRenew(requestId);
        assertThat(ALMA.received()).isEmpty();

        assertThat(post("/api/requests/" + requestId + "/renewal/forward", "application/json", "").statusCode())
                .isEqualTo(202);

        awaitState(requestId, "RENEWED");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.receivedContaining("RenewResponse").isEmpty());
        assertThat(Messages.between(PARTNER.receivedContaining("RenewResponse").get(0), "answerYesNo"))
                .isEqualTo("Y");
    }

    @Test
    void staffGrantingALendingRenewalAnswerTheBorrowerAndPushTheDateToAlma() {
        String requestId = lendingLoan("SL-2", "SL-BAR-2");
        borrowerAsksToRenew(requestId);

        assertThat(post("/api/requests/" + requestId + "/renewal/renewed", "application/json",
                "{\"dueDate\":\"2031-03-31T23:59:59Z\"}").statusCode()).isEqualTo(202);

        awaitState(requestId, "RENEWED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.receivedContaining("RenewResponse").isEmpty()
                && !ALMA.receivedContaining("DesiredDateDue").isEmpty());
        String answer = PARTNER.receivedContaining("RenewResponse").get(0);
        assertThat(Messages.between(answer, "answerYesNo")).isEqualTo("Y");
        assertThat(Messages.between(answer, "dueDate")).isEqualTo("2031-03-31T23:59:59Z");
        assertThat(Messages.between(ALMA.receivedContaining("DesiredDateDue").get(0), "DesiredDateDue"))
                .isEqualTo("2031-03-31T23:59:59Z");
    }

    @Test
    void aStaffDateAlmaRefusesLeavesTheRenewalFailedAndTheBorrowerUnanswered() {
        String requestId = lendingLoan("SL-4", "SL-BAR-4");
        borrowerAsksToRenew(requestId);
        ALMA.answer(Messages.almaAnswersRenewItem(FakePeer.Reply.ok(
                Messages.renewItemResponseProblem("Maximum Renewals Exceeded", "limit"))));

        post("/api/requests/" + requestId + "/renewal/renewed", "application/json",
                "{\"dueDate\":\"2031-07-01T23:59:59Z\"}");

        awaitState(requestId, "FAILED");
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Maximum Renewals Exceeded");
        assertThat(PARTNER.receivedContaining("RenewResponse")).isEmpty();

        ALMA.answer(Messages.almaAnswersRenewItem(FakePeer.Reply.ok(
                Messages.renewItemResponseDateDue("SL-BAR-4", "2031-06-30T23:59:59Z"))));
        post("/api/requests/" + requestId + "/renewal/retry", "application/json", "");

        awaitState(requestId, "RENEWED");
        assertThat(record(requestId).get("almaDueDate").asText()).isEqualTo("2031-06-30T23:59:59Z");
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2031-07-01T23:59:59Z");
        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.receivedContaining("RenewResponse").isEmpty());
        assertThat(Messages.between(PARTNER.receivedContaining("RenewResponse").get(0), "dueDate"))
                .isEqualTo("2031-07-01T23:59:59Z");
    }

    @Test
    void staffRefusingALendingRenewalAnswerTheBorrowerNoWithoutAskingAlma() {
        String requestId = lendingLoan("SL-3", "SL-BAR-3");
        borrowerAsksToRenew(requestId);

        assertThat(post("/api/requests/" + requestId + "/renewal/refused", "application/json", "").statusCode())
                .isEqualTo(202);

        awaitState(requestId, "REFUSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.receivedContaining("RenewResponse").isEmpty());
        assertThat(Messages.between(PARTNER.receivedContaining("RenewResponse").get(0), "answerYesNo"))
                .isEqualTo("N");
        assertThat(ALMA.received()).isEmpty();
    }

    @Test
    void aRenewalWaitsForStaffAndTheForwardActionAsksTheLender() {
        String requestId = borrowingLoan("ST-1", "ST-BAR-1");
        ncip(Messages.almaRenewItem("ST-BAR-1", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("Renew Still Pending").isEmpty());
        assertThat(state(requestId)).isEqualTo("PENDING");
        assertThat(PARTNER.received()).isEmpty();

        HttpResponse<String> forwarded = post("/api/requests/" + requestId + "/renewal/forward",
                "application/json", "");

        assertThat(forwarded.statusCode()).isEqualTo(202);
        awaitState(requestId, "REQUESTED");
        assertThat(PARTNER.received()).hasSize(1);
        assertThat(post("/api/requests/" + requestId + "/renewal/forward", "application/json", "").statusCode())
                .isEqualTo(409);
    }

    @Test
    void staffRecordingTheLendersYesRenewsInAlma() {
        String requestId = borrowingLoan("ST-2", "ST-BAR-2");
        ncip(Messages.almaRenewItem("ST-BAR-2", null));
        awaitState(requestId, "PENDING");

        HttpResponse<String> renewed = post("/api/requests/" + requestId + "/renewal/renewed", "application/json",
                "{\"dueDate\":\"2030-06-30T23:59:59Z\"}");

        assertThat(renewed.statusCode()).isEqualTo(202);
        awaitState(requestId, "RENEWED");
        assertThat(Messages.between(ALMA.receivedContaining("DesiredDateDue").get(0), "DesiredDateDue"))
                .isEqualTo("2030-06-30T23:59:59Z");
        assertThat(get("/api/requests/" + requestId).body()).contains("\"dueDate\":\"2030-06-30T23:59:59Z\"");
        assertThat(PARTNER.received()).isEmpty();
    }

    @Test
    void staffRecordingTheLendersNoTellsAlmaItemNotRenewed() {
        String requestId = borrowingLoan("ST-3", "ST-BAR-3");
        ncip(Messages.almaRenewItem("ST-BAR-3", null));
        awaitState(requestId, "PENDING");

        assertThat(post("/api/requests/" + requestId + "/renewal/refused", "application/json", "").statusCode())
                .isEqualTo(202);

        awaitState(requestId, "REFUSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("Item Not Renewed").isEmpty());
    }

    @Test
    void staffActionsOnUnknownLoansOrWithoutADueDateAreRefusedInJson() {
        HttpResponse<String> unknown = post("/api/requests/NOPE/renewal/refused", "application/json", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("NOPE").doesNotContain("<html");

        String requestId = borrowingLoan("ST-4", "ST-BAR-4");
        ncip(Messages.almaRenewItem("ST-BAR-4", null));
        awaitState(requestId, "PENDING");
        assertThat(post("/api/requests/" + requestId + "/renewal/renewed", "application/json", "{}").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/requests", "application/json", "{\"requestId\":\"X\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/requests", "application/json", "{\"requestId\":\"X\",\"role\":\"OTHER\","
                + "\"partner\":\"P\",\"itemBarcode\":\"B\"}").statusCode()).isEqualTo(400);
    }
}
