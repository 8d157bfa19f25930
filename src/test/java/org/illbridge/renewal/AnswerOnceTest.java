package org.illbridge.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.illbridge.support.FakePeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** A renewal is answered once: repeated, racing or late answers change nothing and send nothing twice. */
class AnswerOnceTest extends IllbridgeTestBase {

    private <T> List<T> atOnce(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> result : pool.invokeAll(Collections.nCopies(times, call))) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private String requested(String requestId, String barcode) {
        borrowingLoan(requestId, barcode);
        ncip(Messages.almaRenewItem(barcode, null));
        awaitState(requestId, "REQUESTED");
        return requestId;
    }

    @Test
    void theSameLenderAnswerTenTimesAtOnceRenewsInAlmaOnce() throws Exception {
        String requestId = requested("AO-1", "AO-BAR-1");
        String yes = Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "Y",
                "2030-03-15T23:59:59Z", null);

        List<String> confirmations = atOnce(10, () -> iso18626(yes).body());

        assertThat(confirmations).allMatch(body -> body.contains("<ns1:messageStatus>OK</ns1:messageStatus>"));
        awaitState(requestId, "RENEWED");
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> ALMA.receivedContaining("DesiredDateDue").size() == 1);
        assertThat(get("/api/attention").body()).contains("renewal answer after the first");
    }

    @Test
    void aNoAfterAYesChangesNothing() {
        String requestId = requested("AO-2", "AO-BAR-2");

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "Y", "2030-03-15T23:59:59Z",
                null));
        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "N", null, "changed mind"));

        awaitState(requestId, "RENEWED");
        assertThat(ALMA.receivedContaining("Item Not Renewed")).isEmpty();
    }

    @Test
    void twoStaffAnswersAtOnceLetOnlyOneGoAhead() throws Exception {
        String requestId = requested("AO-3", "AO-BAR-3");

        List<Integer> codes = atOnce(5, () -> post("/api/requests/" + requestId + "/renewal/renewed",
                "application/json", "{\"dueDate\":\"2031-01-31T23:59:59Z\"}").statusCode());
        HttpResponse<String> refused = post("/api/requests/" + requestId + "/renewal/refused", "application/json",
                "");

        assertThat(codes).containsOnlyOnce(202).contains(409);
        assertThat(refused.statusCode()).isEqualTo(409);
        awaitState(requestId, "RENEWED");
        assertThat(ALMA.receivedContaining("DesiredDateDue")).hasSize(1);
        assertThat(ALMA.receivedContaining("Item Not Renewed")).isEmpty();
    }

    @Test
    void aRenewItemWhileTheRenewalIsFailedStartsNothingNew() {
        String requestId = borrowingLoan("AO-4", "AO-BAR-4");
        PARTNER.answer(body -> FakePeer.Reply.down());
        ncip(Messages.almaRenewItem("AO-BAR-4", null));
        awaitState(requestId, "FAILED");

        HttpResponse<String> again = ncip(Messages.almaRenewItem("AO-BAR-4", null));

        assertThat(again.body()).contains("<ns1:Pending>");
        assertThat(record(requestId).get("renewals")).hasSize(1);
        assertThat(state(requestId)).isEqualTo("FAILED");
        assertThat(get("/api/requests?renewalState=failed").body()).contains("\"requestId\":\"AO-4\"");
        assertThat(get("/api/requests?renewalState=renewed").body()).doesNotContain("AO-4");
        assertThat(get("/api/requests?renewalState=sideways").statusCode()).isEqualTo(400);
    }

    @Test
    void anUndeliveredRefusalOfAnEarlierRenewalDoesNotFailTheNextOne() {
        String requestId = requested("AO-5", "AO-BAR-5");
        ALMA.answer(body -> FakePeer.Reply.down());

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "N", null, "no"));
        awaitState(requestId, "REFUSED");
        ncip(Messages.almaRenewItem("AO-BAR-5", null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("/api/attention").body())
                .contains("undelivered CirculationStatusUpdated Renew Still Pending")
                .contains("\"requestId\":\"AO-5\",\"partner\":\"alma\",\"protocol\":\"NCIP\","
                        + "\"messageType\":\"undelivered CirculationStatusUpdated\",\"summary\""));
        assertThat(state(requestId)).isEqualTo("REQUESTED");
        assertThat(record(requestId).get("renewals")).hasSize(2);
    }

    @Test
    void almaReportingAConfigurationErrorToItemNotRenewedFailsTheRenewal() {
        String requestId = requested("AO-6", "AO-BAR-6");
        ALMA.answer(body -> body.contains("Item Not Renewed")
                ? FakePeer.Reply.ok(Messages.renewItemResponseProblem("Unknown partner", "ILLBRIDGE_PARTNER")
                        .replace("RenewItemResponse", "CirculationStatusUpdatedResponse"))
                : Messages.almaApplies(body));

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "N", null, "no"));

        awaitState(requestId, "FAILED");
        assertThat(record(requestId).get("renewalDetail").asText()).contains("Unknown partner");
    }
}
