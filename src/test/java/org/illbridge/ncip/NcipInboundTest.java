package org.illbridge.ncip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** POST /ncip takes what real peers send and answers everything in NCIP. */
class NcipInboundTest extends IllbridgeTestBase {

    private void assertPending(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("xml");
        assertThat(answer.body()).contains("RenewItemResponse").contains("Pending").doesNotContain("Problem");
    }

    private void assertProblem(HttpResponse<String> answer, String problemType) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("<?xml").contains("NCIPMessage").contains("<ns1:Problem>")
                .contains(problemType).doesNotContain("Exception").doesNotContain("<html");
    }

    @Test
    void aDefaultNamespaceBareVersionAndNoDeclarationIsAccepted() {
        borrowingLoan("NI-1", "NI-BAR-1");

        assertPending(ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <RenewItem>
                    <UserId><UserIdentifierValue>PATRON-1</UserIdentifierValue></UserId>
                    <ItemId><ItemIdentifierValue>NI-BAR-1</ItemIdentifierValue></ItemId>
                  </RenewItem>
                </NCIPMessage>
                """));
    }

    @Test
    void aRenewItemWithoutInitiationHeaderAndADateWithoutZoneIsReadInTheLibrarysZone() {
        borrowingLoan("NI-2", "NI-BAR-2");

        assertPending(ncip("""
                <?xml version="1.0"?>
                <ncip:NCIPMessage xmlns:ncip="http://www.niso.org/2008/ncip"
                    ncip:version="http://www.niso.org/schemas/ncip/v2_02/ncip_v2_02.xsd">
                  <ncip:RenewItem>
                    <ncip:UserId><ncip:UserIdentifierValue>PATRON-1</ncip:UserIdentifierValue></ncip:UserId>
                    <ncip:ItemId><ncip:ItemIdentifierValue>NI-BAR-2</ncip:ItemIdentifierValue></ncip:ItemId>
                    <ncip:DesiredDateDue>2030-02-01T00:00:00</ncip:DesiredDateDue>
                  </ncip:RenewItem>
                </ncip:NCIPMessage>
                """));
        String view = get("/api/requests/NI-2").body();
        assertThat(view).contains("\"desiredDueDate\":\"2030-02-01T00:00:00Z\"");
    }

    @Test
    void theAuthenticationInputBranchIsAccepted() {
        borrowingLoan("NI-3", "NI-BAR-3");

        assertPending(ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.02">
                  <RenewItem>
                    <AuthenticationInput>
                      <AuthenticationInputData>PATRON-1</AuthenticationInputData>
                      <AuthenticationDataFormatType>text</AuthenticationDataFormatType>
                      <AuthenticationInputType>Barcode Id</AuthenticationInputType>
                    </AuthenticationInput>
                    <ItemId><AgencyId>01TEST_INST</AgencyId><ItemIdentifierValue>NI-BAR-3</ItemIdentifierValue></ItemId>
                    <DesiredDateDue>2030-02-01T00:00:00.000+01:00</DesiredDateDue>
                  </RenewItem>
                </NCIPMessage>
                """));
    }

    @Test
    void aMessageWithNoNamespaceAtAllIsReadAsNcip() {
        borrowingLoan("NI-4", "NI-BAR-4");

        assertPending(ncip("""
                <NCIPMessage version="2.0">
                  <RenewItem>
                    <UserId><UserIdentifierValue>PATRON-1</UserIdentifierValue></UserId>
                    <ItemId><ItemIdentifierValue>NI-BAR-4</ItemIdentifierValue></ItemId>
                  </RenewItem>
                </NCIPMessage>
                """));
    }

    @Test
    void aRootInTheNamespaceWithChildrenOutsideItIsRefusedNotProcessedWithAnEmptyItem() {
        assertProblem(ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <RenewItem xmlns="">
                    <UserId><UserIdentifierValue>PATRON-1</UserIdentifierValue></UserId>
                    <ItemId><ItemIdentifierValue>NI-BAR-X</ItemIdentifierValue></ItemId>
                  </RenewItem>
                </NCIPMessage>
                """), "Invalid Message Syntax Error");
    }

    @Test
    void anUndeclaredVersionPrefixIsNotWellFormedAndTheRouteKeepsRunning() {
        assertProblem(ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" ncip:version="2.0">
                  <RenewItem/>
                </NCIPMessage>
                """), "Invalid Message Syntax Error");

        borrowingLoan("NI-5", "NI-BAR-5");
        assertPending(ncip(Messages.almaRenewItem("NI-BAR-5", null)));
    }

    @Test
    void aRenewItemWithoutItemIdGetsNeededDataMissingWithTheElement() {
        HttpResponse<String> answer = ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <RenewItem><UserId><UserIdentifierValue>PATRON-1</UserIdentifierValue></UserId></RenewItem>
                </NCIPMessage>
                """);

        assertProblem(answer, "Needed Data Missing");
        assertThat(answer.body()).contains("RenewItemResponse").contains("ItemIdentifierValue</ns1:ProblemElement>");
    }

    @Test
    void aRenewItemWithoutUserGetsNeededDataMissing() {
        assertProblem(ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <RenewItem><ItemId><ItemIdentifierValue>X</ItemIdentifierValue></ItemId></RenewItem>
                </NCIPMessage>
                """), "Needed Data Missing");
    }

    @Test
    void otherServicesGetUnsupportedService() {
        HttpResponse<String> answer = ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <LookupUser><UserId><UserIdentifierValue>P</UserIdentifierValue></UserId></LookupUser>
                </NCIPMessage>
                """);

        assertProblem(answer, "Unsupported Service");
        assertThat(answer.body()).contains("LookupUser");
    }

    @Test
    void malformedXmlAnEmptyBodyAndAForeignDocumentGetProblems() {
        assertProblem(ncip("<NCIPMessage><RenewItem>"), "Invalid Message Syntax Error");
        assertProblem(ncip(""), "Invalid Message Syntax Error");
        assertProblem(ncip("{\"json\": true}"), "Invalid Message Syntax Error");
        assertProblem(ncip("<html><body>hello</body></html>"), "Invalid Message Syntax Error");
        assertProblem(ncip("""
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0"/>
                """), "Needed Data Missing");
    }

    @Test
    void anEntityExpansionAttackIsRefused() {
        assertProblem(ncip("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0"><RenewItem>&lol2;</RenewItem></NCIPMessage>
                """), "Invalid Message Syntax Error");
    }

    @Test
    void anUnparseableDesiredDateDueIsAnInvalidDate() {
        borrowingLoan("NI-6", "NI-BAR-6");

        assertProblem(ncip(Messages.almaRenewItem("NI-BAR-6", "next tuesday")), "Invalid Date");
    }

    @Test
    void aDesiredDateDueInThePastIsIgnoredNotRefused() {
        borrowingLoan("NI-7", "NI-BAR-7");

        assertPending(ncip(Messages.almaRenewItem("NI-BAR-7", "2001-01-01T00:00:00Z")));
        assertThat(get("/api/requests/NI-7").body()).contains("\"desiredDueDate\":null");
    }

    @Test
    void aRenewItemInLatin1WithADeclarationIsReadInItsOwnEncoding() {
        borrowingLoan("NI-8", "NI-BÆR-8");
        String body = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <NCIPMessage xmlns="http://www.niso.org/2008/ncip" version="2.0">
                  <RenewItem>
                    <UserId><UserIdentifierValue>PATRON-1</UserIdentifierValue></UserId>
                    <ItemId><ItemIdentifierValue>NI-BÆR-8</ItemIdentifierValue></ItemId>
                  </RenewItem>
                </NCIPMessage>
                """;

        HttpResponse<String> answer = postBytes("/ncip", body.getBytes(StandardCharsets.ISO_8859_1));

        assertPending(answer);
    }

    @Test
    void aRenewItemInUtf8WithoutDeclarationKeepsItsNonAsciiCharacters() {
        borrowingLoan("NI-9", "NI-BÅR-9");

        assertPending(postBytes("/ncip", Messages.almaRenewItem("NI-BÅR-9", null).replaceFirst("<\\?xml[^>]*>", "")
                .trim().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGetOnTheNcipDoorIsNotAnHtmlPage() {
        HttpResponse<String> answer = get("/ncip");

        assertThat(answer.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception");
    }
}
