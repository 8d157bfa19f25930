package org.illbridge.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.illbridge.support.IllbridgeTestBase;
import org.illbridge.support.Messages;
import org.junit.jupiter.api.Test;

/** The partner directory: seeded from configuration, managed through the API, and what routing reads. */
class PartnerDirectoryTest extends IllbridgeTestBase {

    private HttpResponse<String> put(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void configuredPartnersAreInTheDirectoryWithoutTheirSecurityCode() {
        String lender = get("/api/partners/" + LENDER).body();

        assertThat(lender).contains("\"protocol\":\"ISO18626\"").contains("\"accountId\":\"acct-1\"")
                .contains("\"securityCodeSet\":true").doesNotContain("s3cret");
        assertThat(get("/api/partners/" + BORROWER).body()).contains("\"maxRenewals\":2");
        assertThat(get("/api/partners/NOBODY").statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnerCanBeAddedAndItsDueDateOffsetMakesAlmasDateEarlier() throws Exception {
        HttpResponse<String> created = put("/api/partners/NO-OFFSET-LENDER", """
                {"agencyIdType":"ISIL","protocol":"ISO18626","url":"%s","timeZone":"Europe/Oslo",
                 "dueDateOffset":"P2D","profile":"local-time"}
                """.formatted(PARTNER.url("/iso18626")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(put("/api/partners/BAD", "{\"protocol\":\"ISO18626\"}").statusCode()).isEqualTo(400);
        assertThat(put("/api/partners/BAD", "{\"protocol\":\"ISO_ILL\",\"host\":\"127.0.0.1\"}").statusCode())
                .isEqualTo(400);
        assertThat(put("/api/partners/BAD", "{\"protocol\":\"ISO18626\",\"url\":\"http://x\","
                + "\"dueDateOffset\":\"two days\"}").statusCode()).isEqualTo(400);
        assertThat(put("/api/partners/BAD", "{\"protocol\":\"ISO18626\",\"url\":\"file:///etc/passwd\"}")
                .statusCode()).isEqualTo(400);
        assertThat(put("/api/partners/BAD", "{\"protocol\":\"ISO_ILL\",\"host\":\"h\",\"port\":99999}")
                .statusCode()).isEqualTo(400);
        assertThat(put("/api/partners/BAD", "{\"protocol\":\"ISO18626\",\"url\":\"http://x\","
                + "\"profile\":\"weird\"}").statusCode()).isEqualTo(400);
        assertThat(put("/api/partners/" + "S".repeat(150), "{\"protocol\":\"ISO18626\",\"url\":\"http://x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(put("/api/partners/no-offset-lender", "{\"protocol\":\"ISO18626\",\"url\":\"%s\","
                .formatted(PARTNER.url("/iso18626")) + "\"timeZone\":\"Europe/Oslo\",\"dueDateOffset\":\"P2D\","
                + "\"profile\":\"local-time\"}").statusCode()).isEqualTo(200);

        post("/api/requests", "application/json", """
                {"requestId":"PD-1","role":"BORROWING","partner":"NO-OFFSET-LENDER","partnerRequestId":"L-PD-1",
                 "itemBarcode":"PD-BAR-1","patronId":"PATRON-1","dueDate":"2030-01-10T23:59:59Z"}
                """);
        ncip(Messages.almaRenewItem("PD-BAR-1", null));
        awaitState("PD-1", "REQUESTED");
        String renew = PARTNER.received().get(0);
        assertThat(Messages.between(renew, "timestamp")).matches(".*\\+01:00$");
        iso18626(Messages.supplyingAgencyMessage("NO-OFFSET-LENDER", US, "PD-1", "RenewResponse", "Y",
                "2030-02-10T23:59:59", null));

        awaitState("PD-1", "RENEWED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !ALMA.receivedContaining("DesiredDateDue").isEmpty());
        assertThat(Messages.between(ALMA.receivedContaining("DesiredDateDue").get(0), "DesiredDateDue"))
                .isEqualTo("2030-02-08T22:59:59Z");
        assertThat(record("PD-1").get("dueDate").asText()).isEqualTo("2030-02-10T22:59:59Z");
        assertThat(record("PD-1").get("almaDueDate").isNull()).isTrue();
    }
}
