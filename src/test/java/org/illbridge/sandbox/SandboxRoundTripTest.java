package org.illbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The README's walk-through, with the sample files, the sandbox profile and the embedded H2 default. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("sandbox")
class SandboxRoundTripTest {

    private static final int PORT = freePort();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:sandbox;DB_CLOSE_DELAY=-1");
        registry.add("illbridge.iso-ill.port", () -> "0");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String path, String contentType, String sample) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples", sample))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode record(String requestId) throws Exception {
        return new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + PORT + "/api/requests/" + requestId)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void theSamplesMakeAWholeRoundTripThroughTheSimulatedAlmaAndLender() throws Exception {
        assertThat(post("/api/requests", "application/json", "loan.json").statusCode()).isEqualTo(201);

        HttpResponse<String> answer = post("/ncip", "application/xml", "renew-item.xml");

        assertThat(answer.body()).contains("<ns1:Pending>").contains("DateOfExpectedReply");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(record("ILL-2030-0001").get("renewalState").asText()).isEqualTo("RENEWED"));
        JsonNode record = record("ILL-2030-0001");
        assertThat(record.get("dueDate").asText()).isEqualTo("2030-02-01T23:59:59Z");
        assertThat(record.get("renewalDetail").asText()).isEqualTo("Renewed by the sandbox lender");
        assertThat(record.get("messages").size()).isGreaterThanOrEqualTo(10);
    }
}
