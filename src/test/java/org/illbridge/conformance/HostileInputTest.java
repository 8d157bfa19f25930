package org.illbridge.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.illbridge.support.FakePeer;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** Input nobody should send: it is answered in the protocol, changes nothing it must not, and leaks nothing. */
class HostileInputTest extends IllbridgeTestBase {

    private HttpResponse<String> postWithHeader(String path, String body, String header, String value) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/xml")
                    .header(header, value).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCallerCannotSetIllbridgesOwnHeadersAndNoneLeaveInAnswersOrToPeers() {
        String requestId = borrowingLoan("HI-1", "HI-BAR-1");

        HttpResponse<String> answer = postWithHeader("/iso18626", Messages.supplyingAgencyMessage(LENDER, US,
                requestId, "StatusChange", null, null, null), "illbridgeRenewalAnswer", "Y");
        postWithHeader("/iso18626", Messages.supplyingAgencyMessage(LENDER, US, requestId, "StatusChange", null,
                null, null), "illbridgeAlmaStatus", "Hacked Status");

        assertThat(answer.body()).contains("<ns1:messageStatus>OK</ns1:messageStatus>");
        assertThat(answer.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("illbridge"));
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2030-01-10T23:59:59Z");

        ncip(Messages.almaRenewItem("HI-BAR-1", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.received().isEmpty() && !PARTNER.received().isEmpty());
        assertThat(ALMA.received()).noneMatch(body -> body.contains("Hacked Status"));
        assertThat(ALMA.headerNames()).isNotEmpty()
                .noneMatch(name -> name.toLowerCase().startsWith("illbridge"));
        assertThat(PARTNER.headerNames()).noneMatch(name -> name.toLowerCase().startsWith("illbridge"));
    }

    @Test
    void aRequestIdInAHeaderDoesNotFileAMessageUnderAnotherLoan() {
        String requestId = borrowingLoan("HI-2", "HI-BAR-2");

        postWithHeader("/ncip", Messages.almaRenewItem("NOT-A-BARCODE", null), "illbridgeRequestId", requestId);

        assertThat(record(requestId).get("messages")).isEmpty();
    }

    @Test
    void deeplyNestedXmlIsRefusedInTheProtocol() {
        String deep = "<a>".repeat(5000) + "</a>".repeat(5000);

        HttpResponse<String> ncip = ncip("<NCIPMessage xmlns=\"http://www.niso.org/2008/ncip\" version=\"2\">"
                + "<RenewItem>" + deep + "</RenewItem></NCIPMessage>");
        HttpResponse<String> iso = iso18626("<ISO18626Message xmlns=\"http://illtransactions.org/2013/iso18626\">"
                + deep + "</ISO18626Message>");

        assertThat(ncip.statusCode()).isEqualTo(200);
        assertThat(ncip.body()).contains("Invalid Message Syntax Error");
        assertThat(iso.body()).contains("BadlyFormedMessage");
    }

    @Test
    void longNamesAndIdsAreAnsweredNotFailed() {
        String longName = "X".repeat(150);

        HttpResponse<String> ncip = ncip("<NCIPMessage xmlns=\"http://www.niso.org/2008/ncip\" version=\"2\"><"
                + longName + "/></NCIPMessage>");
        HttpResponse<String> iso = iso18626(Messages.supplyingAgencyMessage(longName, US, "HI-X", "StatusChange",
                null, null, null));
        HttpResponse<String> api = post("/api/requests", "application/json", """
                {"requestId":"HI-3","role":"BORROWING","partner":"%s","itemBarcode":"B"}
                """.formatted(longName));

        assertThat(ncip.statusCode()).isEqualTo(200);
        assertThat(ncip.body()).contains("Unsupported Service");
        assertThat(iso.statusCode()).isEqualTo(200);
        assertThat(iso.body()).contains("UnrecognisedDataValue");
        assertThat(api.statusCode()).isEqualTo(400);
    }

    @Test
    void aDueDateBeyondYear9999IsRefusedNotSentOn() {
        String requestId = borrowingLoan("HI-4", "HI-BAR-4");
        ncip(Messages.almaRenewItem("HI-BAR-4", null));
        awaitState(requestId, "REQUESTED");

        HttpResponse<String> answer = iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId,
                "RenewResponse", "Y", "+10000-01-01T00:00:00Z", null));

        assertThat(answer.body()).contains("ERROR").contains("UnrecognisedDataValue");
        assertThat(state(requestId)).isEqualTo("REQUESTED");
        assertThat(post("/api/requests", "application/json", """
                {"requestId":"HI-5","role":"BORROWING","partner":"P","itemBarcode":"B",
                 "dueDate":"+999999999-12-31T23:59:59Z"}
                """).statusCode()).isEqualTo(400);
    }

    @Test
    void anOversizedMessageIsRefusedInItsProtocol() {
        String huge = "<NCIPMessage>" + "x".repeat(1_100_000) + "</NCIPMessage>";

        HttpResponse<String> ncip = ncip(huge);
        HttpResponse<String> iso = iso18626(huge);

        assertThat(ncip.statusCode()).isEqualTo(413);
        assertThat(ncip.body()).contains("NCIPMessage").contains("Invalid Message Syntax Error");
        assertThat(iso.statusCode()).isEqualTo(413);
        assertThat(iso.body()).contains("requestConfirmation").contains("BadlyFormedMessage");
    }

    @Test
    void aLatin1RequestIsAnsweredInUtf8WithItsCharactersIntact() {
        String body = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <RenewItem>
                    <UserId><UserIdentifierValue>P</UserIdentifierValue></UserId>
                    <ItemId><ItemIdentifierValue>BC-éè</ItemIdentifierValue></ItemId>
                  </RenewItem>
                </NCIPMessage>
                """;

        HttpResponse<String> answer = postBytes("/ncip", body.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer.headers().firstValue("Content-Type").orElse("")).containsIgnoringCase("utf-8");
        assertThat(answer.body()).contains("encoding=\"UTF-8\"").contains("BC-éè").contains("Unknown Item");
    }

    @Test
    void aYesWithoutADueDateTakesTheDateAlmaApplied() {
        String requestId = borrowingLoan("HI-6", "HI-BAR-6");
        ALMA.answer(Messages.almaAnswersRenewItem(
                FakePeer.Reply.ok(Messages.renewItemResponseDateDue("HI-BAR-6", "2031-06-01T23:59:59Z"))));
        ncip(Messages.almaRenewItem("HI-BAR-6", null));
        awaitState(requestId, "REQUESTED");

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "Y", null, null));

        awaitState(requestId, "RENEWED");
        assertThat(record(requestId).get("dueDate").asText()).isEqualTo("2031-06-01T23:59:59Z");
    }

    @Test
    void aRefusalThatNeverReachesAlmaLeavesTheRenewalFailed() {
        String requestId = borrowingLoan("HI-7", "HI-BAR-7");
        ncip(Messages.almaRenewItem("HI-BAR-7", null));
        awaitState(requestId, "REQUESTED");
        ALMA.answer(body -> FakePeer.Reply.status(503, "<html>down</html>"));

        iso18626(Messages.supplyingAgencyMessage(LENDER, US, requestId, "RenewResponse", "N", null, "no"));

        awaitState(requestId, "FAILED");
        assertThat(record(requestId).get("renewalDetail").asText()).startsWith("not delivered");
    }

    @Test
    void aStaffRenewalCannotMoveTheDueDateIntoThePast() {
        String requestId = borrowingLoan("HI-8", "HI-BAR-8");
        PARTNER.answer(body -> FakePeer.Reply.down());
        ncip(Messages.almaRenewItem("HI-BAR-8", null));

        assertThat(post("/api/requests/" + requestId + "/renewal/renewed", "application/json",
                "{\"dueDate\":\"2020-01-01T00:00:00Z\"}").statusCode()).isEqualTo(400);
    }
}
