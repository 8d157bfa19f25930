package org.illbridge.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.illbridge.support.FakePeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** The requesting side end to end: Alma's RenewItem, the lender's answer, and Alma again. */
class BorrowingRenewalTest extends IllbridgeTestBase {

    private String lenderAnswers(String requestId, String reason, String yesNo, String dueDate, String note) {
        HttpResponse<String> confirmation = iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, reason,
                yesNo, dueDate, note));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        return confirmation.body();
    }

    @Test
    void almasRenewItemForAKnownLoanIsAnsweredPendingAndAlmaHearsRenewStillPending() {
        String requestId = borrowingLoan("BR-1", "BAR-1");

        HttpResponse<String> answer = ncip(Messages.almaRenewItem("BAR-1", "2030-02-01T00:00:00Z"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("RenewItemResponse").contains("<ns1:Pending>")
                .contains("DateOfExpectedReply").doesNotContain("Problem");
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("CirculationStatusUpdated")
                .isEmpty());
        String statusUpdate = ALMA.receivedContaining("CirculationStatusUpdated").get(0);
        assertThat(Messages.between(statusUpdate, "CirculationStatus")).isEqualTo("Renew Still Pending");
        assertThat(Messages.between(statusUpdate, "ItemIdentifierValue")).isEqualTo("BAR-1");
        awaitState(requestId, "REQUESTED");
    }

    @Test
    void anUnknownItemGetsTheProblemUnknownItem() {
        HttpResponse<String> answer = ncip(Messages.almaRenewItem("NO-SUCH-BARCODE", null));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("RenewItemResponse").contains("Unknown Item")
                .contains("NO-SUCH-BARCODE");
        assertThat(ALMA.received()).isEmpty();
    }

    @Test
    void theLenderReceivesRenewWithBothAgenciesAndBothRequestIds() {
        borrowingLoan("BR-2", "BAR-2");

        ncip(Messages.almaRenewItem("BAR-2", "2030-02-01T00:00:00Z"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.received().isEmpty());
        String renew = PARTNER.received().get(0);
        assertThat(Messages.between(renew, "action")).isEqualTo("Renew");
        assertThat(renew).contains("<ns1:supplyingAgencyId>").contains(LENDER).contains(US);
        assertThat(Messages.between(renew, "requestingAgencyRequestId")).isEqualTo("BR-2");
        assertThat(Messages.between(renew, "supplyingAgencyRequestId")).isEqualTo("LENDER-BR-2");
        assertThat(Messages.between(renew, "accountId")).isEqualTo("acct-1");
        assertThat(renew).contains("2030-02-01T00:00:00Z");
    }

    @Test
    void aLendersYesBecomesRenewItemInAlmaWithTheLendersDueDate() {
        String requestId = borrowingLoan("BR-3", "BAR-3");
        ncip(Messages.almaRenewItem("BAR-3", null));
        awaitState(requestId, "REQUESTED");

        String confirmation = lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", "fine");

        assertThat(confirmation).contains("supplyingAgencyMessageConfirmation").contains("OK");
        awaitState(requestId, "RENEWED");
        String renewItem = ALMA.receivedContaining("RenewItem>").get(0);
        assertThat(Messages.between(renewItem, "DesiredDateDue")).isEqualTo("2030-03-15T23:59:59Z");
        assertThat(Messages.between(renewItem, "ItemIdentifierValue")).isEqualTo("BAR-3");
        assertThat(Messages.between(renewItem, "UserIdentifierValue")).isEqualTo("PATRON-1");
        JsonNode record = record(requestId);
        assertThat(record.get("dueDate").asText()).isEqualTo("2030-03-15T23:59:59Z");
        assertThat(record.get("almaDueDate").isNull()).isTrue();
    }

    @Test
    void aDifferentDueDateFromAlmaIsShownWhileTheLendersDateStays() {
        String requestId = borrowingLoan("BR-4", "BAR-4");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseDateDue("BAR-4", "2030-03-10T23:59:59.000Z"))));
        ncip(Messages.almaRenewItem("BAR-4", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", null);

        awaitState(requestId, "RENEWED");
        JsonNode record = record(requestId);
        assertThat(record.get("dueDate").asText()).isEqualTo("2030-03-15T23:59:59Z");
        assertThat(record.get("almaDueDate").asText()).isEqualTo("2030-03-10T23:59:59Z");
    }

    @Test
    void almaRefusingTheLendersDateLeavesTheRenewalFailedWithAlmasProblem() {
        String requestId = borrowingLoan("BR-5", "BAR-5");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseProblem("Item Not Renewable", "Loan is blocked"))));
        ncip(Messages.almaRenewItem("BAR-5", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", null);

        awaitState(requestId, "FAILED");
        JsonNode record = record(requestId);
        assertThat(record.get("renewalDetail").asText()).contains("Item Not Renewable").contains("Loan is blocked");
        assertThat(record.get("dueDate").asText()).isEqualTo("2030-03-15T23:59:59Z");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(1);
    }

    @Test
    void aLendersNoBecomesItemNotRenewedInAlma() {
        String requestId = borrowingLoan("BR-6", "BAR-6");
        ncip(Messages.almaRenewItem("BAR-6", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "RenewResponse", "N", null, "Needed by our own patron");

        awaitState(requestId, "REFUSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> ALMA.received().stream()
                .anyMatch(body -> "Item Not Renewed".equals(Messages.between(body, "CirculationStatus"))));
        JsonNode record = record(requestId);
        assertThat(record.get("dueDate").asText()).isEqualTo("2030-01-10T23:59:59Z");
        assertThat(record.get("renewalDetail").asText()).isEqualTo("Needed by our own patron");
    }

    @Test
    void aSecondRenewItemWhileTheRenewalIsOpenStartsNothingNew() {
        String requestId = borrowingLoan("BR-7", "BAR-7");
        ncip(Messages.almaRenewItem("BAR-7", null));
        awaitState(requestId, "REQUESTED");
        await().atMost(Duration.ofSeconds(10)).until(() -> PARTNER.received().size() == 1);

        HttpResponse<String> again = ncip(Messages.almaRenewItem("BAR-7", null));

        assertThat(again.body()).contains("<ns1:Pending>");
        JsonNode record = record(requestId);
        assertThat(record.get("renewals")).hasSize(1);
        assertThat(PARTNER.received()).hasSize(1);
    }

    @Test
    void tenRenewItemsAtOnceStartOneRenewal() throws Exception {
        String requestId = borrowingLoan("BR-17", "BAR-17");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.concurrent.Callable<String> renewItem = () -> ncip(Messages.almaRenewItem("BAR-17", null)).body();
            for (java.util.concurrent.Future<String> answer : pool.invokeAll(java.util.Collections.nCopies(10,
                    renewItem))) {
                assertThat(answer.get()).contains("<ns1:Pending>");
            }
        } finally {
            pool.shutdown();
        }

        awaitState(requestId, "REQUESTED");
        assertThat(record(requestId).get("renewals")).hasSize(1);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> PARTNER.receivedContaining(">BR-17<").size() == 1);
    }

    @Test
    void anAnswerWithTheWrongReasonForMessageIsStillTheAnswerToOurRenew() {
        String requestId = borrowingLoan("BR-8", "BAR-8");
        ncip(Messages.almaRenewItem("BAR-8", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "StatusChange", "Y", "2030-04-01T23:59:59Z", null);

        awaitState(requestId, "RENEWED");
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2030-04-01T23:59:59Z");
    }

    @Test
    void aSupplyingAgencyMessageForAnUnknownRequestIsConfirmedWithError() {
        String confirmation = lenderAnswers("NO-SUCH-REQUEST", "RenewResponse", "Y", "2030-04-01T23:59:59Z", null);

        assertThat(confirmation).contains("supplyingAgencyMessageConfirmation").contains("ERROR")
                .contains("UnrecognisedDataValue");
    }

    @Test
    void messagesToAlmaCarryTheConfiguredHeaders() {
        borrowingLoan("BR-9", "BAR-9");
        ncip(Messages.almaRenewItem("BAR-9", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.received().isEmpty());
        String statusUpdate = ALMA.received().get(0);
        assertThat(statusUpdate).contains("xmlns:ns1=\"http://www.niso.org/2008/ncip\"")
                .contains("ns1:version=\"" + Messages.NCIP_VERSION + "\"");
        assertThat(Messages.between(statusUpdate, "ApplicationProfileType")).isEqualTo("ILLBRIDGE_PARTNER");
        assertThat(statusUpdate).containsPattern("<ns1:FromAgencyId>\\s*<ns1:AgencyId>ILLBRIDGE</ns1:AgencyId>")
                .containsPattern("<ns1:ToAgencyId>\\s*<ns1:AgencyId>01TEST_INST</ns1:AgencyId>")
                .containsPattern("<ns1:ItemId>\\s*<ns1:AgencyId>01TEST_INST</ns1:AgencyId>");
    }

    @Test
    void anAlmaThatIsDownForAWhileGetsTheMessageWhenItComesBack() {
        String requestId = borrowingLoan("BR-10", "BAR-10");
        AtomicInteger calls = new AtomicInteger();
        ALMA.answer(body -> calls.incrementAndGet() <= 2 ? FakePeer.Reply.down()
                : calls.get() == 3 ? FakePeer.Reply.status(503, "<html>Service Unavailable</html>")
                : Messages.almaApplies(body));

        ncip(Messages.almaRenewItem("BAR-10", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> calls.get() >= 4);
        assertThat(ALMA.receivedContaining("Renew Still Pending")).hasSizeGreaterThanOrEqualTo(4);
        awaitState(requestId, "REQUESTED");
    }

    @Test
    void aRenewStillPendingThatNeverReachesAlmaIsListedForStaffAndTheRenewalGoesOn() {
        String requestId = borrowingLoan("BR-16", "BAR-16");
        ALMA.answer(body -> FakePeer.Reply.down());

        ncip(Messages.almaRenewItem("BAR-16", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> ALMA.received().size() == 5);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get("/api/attention").body())
                .contains("BR-16").contains("undelivered CirculationStatusUpdated"));
        assertThat(state(requestId)).isEqualTo("REQUESTED");
        ALMA.answer(Messages::almaApplies);
        lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", null);
        awaitState(requestId, "RENEWED");
    }

    @Test
    void aLenderThatIsDownForAWhileGetsTheRenewWhenItComesBack() {
        String requestId = borrowingLoan("BR-11", "BAR-11");
        AtomicInteger calls = new AtomicInteger();
        PARTNER.answer(body -> calls.incrementAndGet() <= 2 ? FakePeer.Reply.down() : Messages.partnerConfirms(body));

        ncip(Messages.almaRenewItem("BAR-11", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> calls.get() >= 3);
        awaitState(requestId, "REQUESTED");
        lenderAnswers(requestId, "RenewResponse", "Y", "2030-05-01T23:59:59Z", null);
        awaitState(requestId, "RENEWED");
    }

    @Test
    void aLenderThatStaysDownEndsInTheDeadLettersAndTheRenewalFails() {
        String requestId = borrowingLoan("BR-12", "BAR-12");
        PARTNER.answer(body -> FakePeer.Reply.down());

        ncip(Messages.almaRenewItem("BAR-12", null));

        awaitState(requestId, "FAILED");
        assertThat(PARTNER.received()).hasSize(5);
        assertThat(record(requestId).get("renewalDetail").asText()).startsWith("not delivered");
    }

    @Test
    void almaProblemWithHttp400IsAnAnswerAndNotRetried() {
        String requestId = borrowingLoan("BR-13", "BAR-13");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.status(400, Messages.renewItemResponseProblem("Unknown User", "no such patron"))));
        ncip(Messages.almaRenewItem("BAR-13", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", null);

        awaitState(requestId, "FAILED");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(1);
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Unknown User");
    }

    @Test
    void almaTemporaryProcessingFailureIsRetriedABoundedNumberOfTimes() {
        String requestId = borrowingLoan("BR-14", "BAR-14");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseProblem("Temporary Processing Failure", "busy"))));
        ncip(Messages.almaRenewItem("BAR-14", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", null);

        awaitState(requestId, "FAILED");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(3);
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Temporary Processing Failure");
    }

    @Test
    void almaMisconfigurationEndsTheRenewalFailedWithoutRetry() {
        String requestId = borrowingLoan("BR-15", "BAR-15");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseProblem("Unknown partner", "ILLBRIDGE_PARTNER"))));
        ncip(Messages.almaRenewItem("BAR-15", null));
        awaitState(requestId, "REQUESTED");

        lenderAnswers(requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z", null);

        awaitState(requestId, "FAILED");
        assertThat(ALMA.receivedContaining("RenewItem>")).hasSize(1);
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Unknown partner");
    }
}
