package org.illbridge.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;

import org.illbridge.support.FakePeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The supplying side over ISO 18626: a borrower's Renew, Alma's decision, the borrower's answer. */
class LendingRenewalTest extends IllbridgeTestBase {

    @Autowired
    private MeterRegistry meters;

    private HttpResponse<String> borrowerAsksToRenew(String requestId) {
        return iso18626(Messages.requestingAgencyMessage(BORROWER, US, "B-" + requestId, requestId, "Renew"));
    }

    private String answerToBorrower() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !PARTNER.receivedContaining("RenewResponse").isEmpty());
        return PARTNER.receivedContaining("RenewResponse").get(0);
    }

    private static FakePeer.Reply renewItemAnswer(String body, FakePeer.Reply answer) {
        return Messages.almaAnswersRenewItem(answer).apply(body);
    }

    @Test
    void almasDateDueBecomesRenewResponseYesWithThatDate() {
        String requestId = lendingLoan("LN-1", "LN-BAR-1");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseDateDue("LN-BAR-1", "2031-01-15T23:59:59.000Z"))));

        HttpResponse<String> confirmation = borrowerAsksToRenew(requestId);

        assertThat(confirmation.body()).contains("requestingAgencyMessageConfirmation")
                .contains("<ns1:messageStatus>OK</ns1:messageStatus>").contains("<ns1:action>Renew</ns1:action>");
        String answer = answerToBorrower();
        assertThat(Messages.between(answer, "answerYesNo")).isEqualTo("Y");
        assertThat(Messages.between(answer, "status")).isEqualTo("Loaned");
        assertThat(Messages.between(answer, "dueDate")).isEqualTo("2031-01-15T23:59:59Z");
        assertThat(Messages.between(answer, "requestingAgencyRequestId")).isEqualTo("B-LN-1");
        assertThat(Messages.between(answer, "supplyingAgencyRequestId")).isEqualTo("LN-1");
        assertThat(answer).contains("<ns1:agencyIdValue>" + BORROWER + "</ns1:agencyIdValue>");
        String renewItem = ALMA.receivedContaining("RenewItem>").get(0);
        assertThat(Messages.between(renewItem, "UserIdentifierValue")).isEqualTo("ILL-DK-999999");
        assertThat(Messages.between(renewItem, "ItemIdentifierValue")).isEqualTo("LN-BAR-1");
        awaitState(requestId, "RENEWED");
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2031-01-15T23:59:59Z");
    }

    @Test
    void almasProblemBecomesRenewResponseNoWithTheProblemInTheNote() {
        String requestId = lendingLoan("LN-2", "LN-BAR-2");
        ALMA.answer(Messages.almaAnswersRenewItem(FakePeer.Reply.ok(Messages.renewItemResponseProblem(
                "Renewal Not Allowed - Item Has Outstanding Requests", "Requested by a local patron"))));

        borrowerAsksToRenew(requestId);

        String answer = answerToBorrower();
        assertThat(Messages.between(answer, "answerYesNo")).isEqualTo("N");
        assertThat(Messages.between(answer, "note")).contains("Renewal Not Allowed - Item Has Outstanding Requests")
                .contains("Requested by a local patron");
        awaitState(requestId, "REFUSED");
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2030-01-10T23:59:59Z");
    }

    @Test
    void almasNonAsciiProblemWithoutXmlDeclarationIsReadIntact() {
        String requestId = lendingLoan("LN-9", "LN-BAR-9");
        ALMA.answer(Messages.almaAnswersRenewItem(FakePeer.Reply.ok(Messages.renewItemResponseProblem(
                "Item Not Renewable", "Lånet kan ikke fornyes – reservert").replaceFirst("<\\?xml[^>]*>\\s*", ""))));

        borrowerAsksToRenew(requestId);

        assertThat(Messages.between(answerToBorrower(), "note")).contains("Lånet kan ikke fornyes – reservert");
        awaitState(requestId, "REFUSED");
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Lånet kan ikke fornyes – reservert");
    }

    @Test
    void aProblemWithHttp400IsARefusalSentOnAtOnceAndNotRetried() {
        String requestId = lendingLoan("LN-3", "LN-BAR-3");
        ALMA.answer(Messages.almaAnswersRenewItem(FakePeer.Reply.status(400,
                Messages.renewItemResponseProblem("Maximum Renewals Exceeded", "limit reached"))));

        borrowerAsksToRenew(requestId);

        assertThat(Messages.between(answerToBorrower(), "answerYesNo")).isEqualTo("N");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(1);
        awaitState(requestId, "REFUSED");
    }

    @Test
    void misconfigurationSendsNothingToTheBorrowerAndStaffCanRetryOnceFixed() {
        String requestId = lendingLoan("LN-4", "LN-BAR-4");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseProblem("Unknown partner", "ILLBRIDGE_PARTNER"))));

        borrowerAsksToRenew(requestId);

        awaitState(requestId, "FAILED");
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Unknown partner");
        assertThat(PARTNER.receivedContaining("RenewResponse")).isEmpty();
        assertThat(meters.counter("illbridge.alma.misconfigured").count()).isGreaterThanOrEqualTo(1.0);

        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseDateDue("LN-BAR-4", "2031-02-01T23:59:59Z"))));
        assertThat(post("/api/requests/" + requestId + "/renewal/retry", "application/json", "").statusCode())
                .isEqualTo(202);

        assertThat(Messages.between(answerToBorrower(), "answerYesNo")).isEqualTo("Y");
        awaitState(requestId, "RENEWED");
    }

    @Test
    void anAlmaThatIsDownThenUpStillAnswersTheBorrower() {
        String requestId = lendingLoan("LN-5", "LN-BAR-5");
        AtomicInteger calls = new AtomicInteger();
        ALMA.answer(body -> calls.incrementAndGet() <= 2 ? FakePeer.Reply.down()
                : renewItemAnswer(body, FakePeer.Reply.ok(
                        Messages.renewItemResponseDateDue("LN-BAR-5", "2031-03-01T23:59:59Z"))));

        borrowerAsksToRenew(requestId);

        assertThat(Messages.between(answerToBorrower(), "dueDate")).isEqualTo("2031-03-01T23:59:59Z");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void aRenewBeyondThePartnersMaximumIsAnsweredNoWithoutAskingAlma() {
        String requestId = lendingLoan("LN-6", "LN-BAR-6");
        for (int renewal = 1; renewal <= 2; renewal++) {
            int expected = renewal;
            borrowerAsksToRenew(requestId);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> PARTNER.receivedContaining("RenewResponse").size() == expected);
            awaitState(requestId, "RENEWED");
        }
        int almaCalls = ALMA.receivedContaining("RenewItem>").size();

        borrowerAsksToRenew(requestId);

        await().atMost(Duration.ofSeconds(20)).until(() -> PARTNER.receivedContaining("RenewResponse").size() == 3);
        String third = PARTNER.receivedContaining("RenewResponse").get(2);
        assertThat(Messages.between(third, "answerYesNo")).isEqualTo("N");
        assertThat(Messages.between(third, "note")).contains("Maximum renewals");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(almaCalls);
        assertThat(state(requestId)).isEqualTo("REFUSED");
    }

    @Test
    void aRetryAfterTheAnswerCouldNotBeDeliveredSendsTheDecidedAnswerWithoutAskingAlmaAgain() {
        String requestId = lendingLoan("LN-10", "LN-BAR-10");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseDateDue("LN-BAR-10", "2031-05-01T23:59:59Z"))));
        PARTNER.answer(body -> body.contains("RenewResponse") ? FakePeer.Reply.down()
                : Messages.partnerConfirms(body));

        borrowerAsksToRenew(requestId);

        awaitState(requestId, "FAILED");
        PARTNER.answer(Messages::partnerConfirms);
        ALMA.answer(Messages.almaAnswersRenewItem(FakePeer.Reply.ok(
                Messages.renewItemResponseProblem("Item Not Renewable", "changed its mind"))));
        assertThat(post("/api/requests/" + requestId + "/renewal/retry", "application/json", "").statusCode())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> PARTNER.receivedContaining("RenewResponse").size() >= 6);
        String delivered = PARTNER.receivedContaining("RenewResponse").get(5);
        assertThat(Messages.between(delivered, "answerYesNo")).isEqualTo("Y");
        assertThat(Messages.between(delivered, "dueDate")).isEqualTo("2031-05-01T23:59:59Z");
        awaitState(requestId, "RENEWED");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(1);
    }

    @Test
    void aRenewNamingAnotherPartnersLoanIsRefused() {
        String requestId = borrowingLoan("LN-11", "LN-BAR-11");
        lendingLoan("LN-12", "LN-BAR-12");

        HttpResponse<String> ours = iso18626(Messages.requestingAgencyMessage("XX-EVIL", US, "B-LN-12", "LN-12",
                "Renew"));
        HttpResponse<String> borrowing = iso18626(Messages.requestingAgencyMessage(BORROWER, US, "X", requestId,
                "Renew"));

        assertThat(ours.body()).contains("ERROR").contains("UnrecognisedDataValue");
        assertThat(borrowing.body()).contains("ERROR").contains("UnrecognisedDataValue");
        assertThat(state("LN-12")).isEqualTo("NONE");
        assertThat(ALMA.received()).isEmpty();
    }

    @Test
    void aRenewForAnUnknownLoanIsConfirmedWithError() {
        HttpResponse<String> confirmation = iso18626(Messages.requestingAgencyMessage(BORROWER, US, "B-NONE",
                "NONE", "Renew"));

        assertThat(confirmation.body()).contains("requestingAgencyMessageConfirmation")
                .contains("<ns1:messageStatus>ERROR</ns1:messageStatus>").contains("UnrecognisedDataValue");
    }

    @Test
    void theLoanIsAlsoFoundByTheBorrowersRequestIdAndAPackedAgencyIdIsSentBackUnchanged() {
        String requestId = lendingLoan("LN-7", "LN-BAR-7");

        iso18626(Messages.requestingAgencyMessage(BORROWER, US, "B-" + requestId, null, "Renew"));

        String answer = answerToBorrower();
        assertThat(answer).contains("<ns1:agencyIdValue>DK-999999_999901</ns1:agencyIdValue>");
        awaitState(requestId, "RENEWED");
    }

    @Test
    void otherActionsAreConfirmedAndListedForStaff() {
        String requestId = lendingLoan("LN-8", "LN-BAR-8");

        HttpResponse<String> confirmation = iso18626(Messages.requestingAgencyMessage(BORROWER, US, "B-" + requestId,
                requestId, "ShippedReturn"));

        assertThat(confirmation.body()).contains("<ns1:messageStatus>OK</ns1:messageStatus>");
        assertThat(get("/api/attention").body()).contains("LN-8").contains("requestingAgencyMessage ShippedReturn");
        assertThat(ALMA.received()).isEmpty();
    }
}
