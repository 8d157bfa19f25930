package org.illbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * illbridge as a whole on a random port, on a real PostgreSQL, with Alma and a lender simulated as separate HTTP
 * peers on loopback. Every route test shares this one application; tests keep apart by their own request ids.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IllbridgeTestBase {

    public static final String US = "US-ILLBRIDGE-TEST";
    public static final String LENDER = "DK-820010";
    public static final String BORROWER = "DK-999999_999901";

    protected static final FakePeer ALMA = new FakePeer("/view/NCIPServlet", Messages::almaApplies);
    protected static final FakePeer PARTNER = new FakePeer("/iso18626", Messages::partnerConfirms);
    protected static final FakeIsoIllPeer ILL_PEER = new FakeIsoIllPeer();
    public static final String ILL_PARTNER = "DE-ILL-1";

    protected static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void illbridgeProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedDatabase.jdbcUrl("illbridge_routes"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("illbridge.agency-id", () -> "ILLBRIDGE");
        registry.add("illbridge.alma.ncip-url", () -> ALMA.url("/view/NCIPServlet"));
        registry.add("illbridge.alma.agency-id", () -> "01TEST_INST");
        registry.add("illbridge.alma.application-profile-type", () -> "ILLBRIDGE_PARTNER");
        registry.add("illbridge.iso18626.agency-id", () -> US);
        registry.add("illbridge.partners[0].symbol", () -> LENDER);
        registry.add("illbridge.partners[0].url", () -> PARTNER.url("/iso18626"));
        registry.add("illbridge.partners[0].account-id", () -> "acct-1");
        registry.add("illbridge.partners[0].security-code", () -> "s3cret");
        registry.add("illbridge.partners[1].symbol", () -> BORROWER);
        registry.add("illbridge.partners[1].url", () -> PARTNER.url("/iso18626"));
        registry.add("illbridge.partners[1].max-renewals", () -> "2");
        registry.add("illbridge.partners[2].symbol", () -> ILL_PARTNER);
        registry.add("illbridge.partners[2].protocol", () -> "ISO_ILL");
        registry.add("illbridge.partners[2].host", () -> "127.0.0.1");
        registry.add("illbridge.partners[2].port", ILL_PEER::port);
        registry.add("illbridge.partners[2].time-zone", () -> "Europe/Berlin");
        registry.add("illbridge.delivery.maximum-redeliveries", () -> "4");
        registry.add("illbridge.delivery.redelivery-delay", () -> "100");
        registry.add("illbridge.delivery.maximum-redelivery-delay", () -> "800");
        registry.add("illbridge.ncip.temporary-failure-retries", () -> "2");
        // The ISO ILL listener binds any free loopback port; tests ask IsoIllListener.port() for it.
        registry.add("illbridge.iso-ill.port", () -> "0");
        registry.add("illbridge.iso-ill.host", () -> "127.0.0.1");
        registry.add("illbridge.iso-ill.acknowledgement-timeout", () -> "1500");
    }

    @BeforeEach
    void resetPeers() {
        ALMA.reset();
        PARTNER.reset();
        ILL_PEER.reset();
    }

    protected HttpResponse<String> post(String path, String contentType, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                    .timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> postBytes(String path, byte[] body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loan record as GET /api/requests/{requestId} shows it. */
    protected JsonNode record(String requestId) {
        try {
            return JSON.readTree(get("/api/requests/" + requestId).body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String state(String requestId) {
        return record(requestId).get("renewalState").asText();
    }

    protected void awaitState(String requestId, String state) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state(requestId)).isEqualTo(state));
    }

    protected HttpResponse<String> ncip(String body) {
        return post("/ncip", "application/xml", body);
    }

    protected HttpResponse<String> iso18626(String body) {
        return post("/iso18626", "application/xml", body);
    }

    /** Registers a lending loan to the borrower, on the Alma account that stands for it; answers the request id. */
    protected String lendingLoan(String requestId, String barcode) {
        HttpResponse<String> created = post("/api/requests", "application/json", """
                {"requestId":"%s","role":"LENDING","partner":"%s","partnerRequestId":"B-%s",
                 "itemBarcode":"%s","patronId":"ILL-DK-999999","dueDate":"2030-01-10T23:59:59Z"}
                """.formatted(requestId, BORROWER, requestId, barcode));
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("loan not created: " + created.statusCode() + " " + created.body());
        }
        return requestId;
    }

    /** Registers a borrowing loan from the lender; answers the request id. */
    protected String borrowingLoan(String requestId, String barcode) {
        return borrowingLoanFrom(LENDER, requestId, barcode);
    }

    protected String borrowingLoanFrom(String lender, String requestId, String barcode) {
        HttpResponse<String> created = post("/api/requests", "application/json", """
                {"requestId":"%s","role":"BORROWING","partner":"%s","partnerRequestId":"LENDER-%s",
                 "itemBarcode":"%s","patronId":"PATRON-1","dueDate":"2030-01-10T23:59:59Z"}
                """.formatted(requestId, lender, requestId, barcode));
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("loan not created: " + created.statusCode() + " " + created.body());
        }
        return requestId;
    }
}
