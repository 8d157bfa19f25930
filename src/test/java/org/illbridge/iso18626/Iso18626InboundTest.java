package org.illbridge.iso18626;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** POST /iso18626 confirms every message, with ERROR and the right errorType when it cannot be taken. */
class Iso18626InboundTest extends IllbridgeTestBase {

    private static void assertError(HttpResponse<String> answer, String confirmation, String errorType) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<ns1:" + confirmation + ">")
                .contains("<ns1:messageStatus>ERROR</ns1:messageStatus>")
                .contains("<ns1:errorType>" + errorType + "</ns1:errorType>")
                .doesNotContain("Exception").doesNotContain("<html");
    }

    @Test
    void notXmlIsABadlyFormedMessage() {
        assertError(iso18626("this is not xml"), "requestConfirmation", "BadlyFormedMessage");
        assertError(iso18626(""), "requestConfirmation", "BadlyFormedMessage");
    }

    @Test
    void anEmptyEnvelopeIsABadlyFormedMessage() {
        assertError(iso18626("""
                <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2"/>
                """), "requestConfirmation", "BadlyFormedMessage");
    }

    @Test
    void aConfirmationPostedOnItsOwnIsABadlyFormedMessageOfItsKind() {
        assertError(iso18626("""
                <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2">
                  <supplyingAgencyMessageConfirmation>
                    <confirmationHeader><timestamp>2030-01-01T00:00:00Z</timestamp>
                    <timestampReceived>2030-01-01T00:00:00Z</timestampReceived><messageStatus>OK</messageStatus>
                    </confirmationHeader>
                  </supplyingAgencyMessageConfirmation>
                </ISO18626Message>
                """), "supplyingAgencyMessageConfirmation", "BadlyFormedMessage");
    }

    @Test
    void aRootInTheNamespaceWithChildrenOutsideItIsABadlyFormedMessage() {
        String message = Messages.supplyingAgencyMessage(LENDER, US, "X-1", "RenewResponse", "Y",
                "2030-01-01T00:00:00Z", null).replace("<supplyingAgencyMessage>",
                "<supplyingAgencyMessage xmlns=\"\">");

        assertError(iso18626(message), "supplyingAgencyMessageConfirmation", "BadlyFormedMessage");
    }

    @Test
    void aMessageForAnotherAgencyIsRefusedAndNothingElseHappens() {
        borrowingLoan("IS-1", "IS-BAR-1");

        HttpResponse<String> answer = iso18626(Messages.supplyingAgencyMessage(LENDER, "US-SOMEONE-ELSE", "IS-1",
                "RenewResponse", "Y", "2030-01-01T00:00:00Z", null));

        assertError(answer, "supplyingAgencyMessageConfirmation", "UnrecognisedDataValue");
        assertThat(answer.body()).contains("US-SOMEONE-ELSE");
        assertThat(get("/api/requests/IS-1").body()).contains("\"renewalState\":\"NONE\"");
        assertThat(ALMA.received()).isEmpty();
    }

    @Test
    void aMessageFromAPartnerThatIsNotTheLenderOfTheLoanIsRefused() {
        borrowingLoan("IS-2", "IS-BAR-2");

        assertError(iso18626(Messages.supplyingAgencyMessage("DK-999999", US, "IS-2", "RenewResponse", "Y",
                "2030-01-01T00:00:00Z", null)), "supplyingAgencyMessageConfirmation", "UnrecognisedDataValue");
    }

    @Test
    void anUnknownReasonForMessageIsUnsupported() {
        borrowingLoan("IS-3", "IS-BAR-3");

        assertError(iso18626(Messages.supplyingAgencyMessage(LENDER, US, "IS-3", "PleaseRenew", null, null, null)),
                "supplyingAgencyMessageConfirmation", "UnsupportedReasonForMessageType");
    }

    @Test
    void aSupplyingAgencyMessageWithoutHeaderIsBadlyFormed() {
        assertError(iso18626("""
                <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" version="1.2">
                  <supplyingAgencyMessage><messageInfo><reasonForMessage>RenewResponse</reasonForMessage>
                  </messageInfo></supplyingAgencyMessage>
                </ISO18626Message>
                """), "supplyingAgencyMessageConfirmation", "BadlyFormedMessage");
    }

    @Test
    void aStatusChangeForAKnownLoanIsConfirmedOk() {
        borrowingLoan("IS-4", "IS-BAR-4");

        HttpResponse<String> answer = iso18626(Messages.supplyingAgencyMessage(LENDER, US, "IS-4", "StatusChange",
                null, null, null));

        assertThat(answer.body()).contains("<ns1:messageStatus>OK</ns1:messageStatus>")
                .contains("<ns1:reasonForMessage>StatusChange</ns1:reasonForMessage>");
    }
}
