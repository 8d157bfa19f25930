package org.illbridge.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.illbridge.support.Corpus;
import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every message illbridge sent or answered, as stored in its message log, validates against the official schemas:
 * NCIP 2.02 and ISO 18626:2017 (v1.2).
 */
class ConformanceTest extends IllbridgeTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    private void driveEveryKindOfMessage() {
        borrowingLoan("CF-1", "CF-BAR-1");
        ncip(Messages.almaRenewItem("CF-BAR-1", "2031-01-01T00:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.receivedContaining(">CF-1<").isEmpty());
        iso18626(Messages.supplyingAgencyMessage(LENDER, US, "CF-1", "RenewResponse", "Y", "2031-01-15T23:59:59Z",
                "ok"));

        borrowingLoan("CF-2", "CF-BAR-2");
        ncip(Messages.almaRenewItem("CF-BAR-2", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> !PARTNER.receivedContaining(">CF-2<").isEmpty());
        iso18626(Messages.supplyingAgencyMessage(LENDER, US, "CF-2", "RenewResponse", "N", null, "no"));

        ncip(Messages.almaRenewItem("CF-UNKNOWN", null));
        ncip("<NCIPMessage xmlns=\"http://www.niso.org/2008/ncip\" version=\"2\"><LookupUser/></NCIPMessage>");
        ncip("<NCIPMessage xmlns=\"http://www.niso.org/2008/ncip\" version=\"2\"><RenewItem/></NCIPMessage>");
        ncip("not xml");
        iso18626("not xml");
        iso18626(Messages.supplyingAgencyMessage(LENDER, US, "CF-UNKNOWN", "RenewResponse", "Y", null, null));
        iso18626(Messages.supplyingAgencyMessage(LENDER, US, "CF-1", "Nonsense", "Y", null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> ALMA.received().stream()
                .anyMatch(body -> body.contains("Item Not Renewed")));
        await().atMost(Duration.ofSeconds(10)).until(() -> ALMA.received().stream()
                .anyMatch(body -> body.contains("2031-01-15T23:59:59Z")));
    }

    @Test
    void messagesToAPartnerOnThe2021RevisionAreValidAgainstThe2021Schema() throws Exception {
        Corpus.assumePresent();
        String partner = "PROFILE-2021";
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + port + "/api/partners/" + partner)).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"protocol\":\"ISO18626\",\"url\":\""
                        + PARTNER.url("/iso18626") + "\",\"profile\":\"iso18626-2021\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        post("/api/requests", "application/json", """
                {"requestId":"CF-2021","role":"BORROWING","partner":"PROFILE-2021","partnerRequestId":"L-2021",
                 "itemBarcode":"CF-BAR-2021","patronId":"PATRON-1"}
                """);
        post("/api/requests", "application/json", """
                {"requestId":"CF-2021-L","role":"LENDING","partner":"PROFILE-2021","partnerRequestId":"B-2021",
                 "itemBarcode":"CF-BAR-2021-L","patronId":"ILL-ACCOUNT"}
                """);

        ncip(Messages.almaRenewItem("CF-BAR-2021", null));
        iso18626(Messages.requestingAgencyMessage(partner, US, "B-2021", "CF-2021-L", "Renew"));

        await().atMost(Duration.ofSeconds(15)).until(() -> !PARTNER.receivedContaining(">CF-2021<").isEmpty()
                && !PARTNER.receivedContaining("RenewResponse").isEmpty());
        Schema iso18626v2021 = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Corpus.ISO18626_2021_SCHEMA.toFile());
        for (String sent : PARTNER.receivedContaining("2021")) {
            assertThat(sent).contains("ns1:version=\"2021\"");
            iso18626v2021.newValidator().validate(new StreamSource(new StringReader(sent)));
        }
    }

    @Test
    void everyMessageIllbridgeSendsIsValidAgainstTheOfficialSchemas() throws Exception {
        Corpus.assumePresent();
        driveEveryKindOfMessage();

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema ncip = factory.newSchema(Corpus.NCIP_2_02_SCHEMA.toFile());
        Schema iso18626 = factory.newSchema(Corpus.ISO18626_2017_SCHEMA.toFile());

        List<Map<String, Object>> sent = jdbc.queryForList(
                "select id, protocol, message_type, body from message_log where direction = 'OUT' order by id");
        List<String> invalid = new ArrayList<>();
        int ncipCount = 0;
        int iso18626Count = 0;
        for (Map<String, Object> message : sent) {
            String protocol = (String) message.get("protocol");
            Schema schema = switch (protocol) {
                case "NCIP" -> ncip;
                case "ISO18626" -> iso18626;
                default -> null;
            };
            if (schema == null) {
                continue;
            }
            if ("NCIP".equals(protocol)) {
                ncipCount++;
            } else {
                iso18626Count++;
            }
            try {
                schema.newValidator().validate(new StreamSource(new StringReader((String) message.get("body"))));
            } catch (org.xml.sax.SAXException e) {
                invalid.add(message.get("message_type") + " #" + message.get("id") + ": " + e.getMessage());
            }
        }

        System.out.printf("Validated %d NCIP and %d ISO 18626 messages sent by illbridge%n", ncipCount,
                iso18626Count);
        assertThat(invalid).isEmpty();
        assertThat(ncipCount).isGreaterThanOrEqualTo(8);
        assertThat(iso18626Count).isGreaterThanOrEqualTo(6);
    }
}
