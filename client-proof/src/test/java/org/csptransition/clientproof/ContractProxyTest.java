package org.csptransition.clientproof;

import com.sun.net.httpserver.HttpServer;
import org.csptransition.infra.SuiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway ClientJourneyIT trusts: it passes traffic through unchanged, finds nothing in an exchange the contract
 * allows, and does find an answer the contract does not (so "zero violations" there means something). The service is a
 * stub here that answers with a fixed body.
 */
@DisplayName("ContractProxy: forwards unchanged and reports what the stored contract does not allow")
class ContractProxyTest {

    private static final String NOTIFICATION = "/v1/notifications/3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer stub;
    private volatile String answer;
    private ContractProxy proxy;

    @BeforeEach
    void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"3\"");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        proxy = ContractProxy.start("notification-service", ProofSuite.contract(SuiteService.NOTIFICATION),
                "http://127.0.0.1:" + stub.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        proxy.close();
        stub.stop(0);
    }

    @Test
    @DisplayName("an answer the contract allows passes through unchanged, with no violation")
    void conformingAnswer() throws Exception {
        answer = "{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"status\":\"SENT\",\"attempts\":1}";

        HttpResponse<String> response = get(NOTIFICATION);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(answer);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(proxy.interactions()).isEqualTo(1);
        assertThat(proxy.violations()).isEmpty();
    }

    @Test
    @DisplayName("an id that is no UUID, a count that is text and a field the contract does not name are violations")
    void violatingAnswer() throws Exception {
        answer = "{\"id\":\"not-a-uuid\",\"attempts\":\"one\",\"colour\":\"blue\"}";

        assertThat(get(NOTIFICATION).statusCode()).isEqualTo(200);

        assertThat(proxy.violations()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(v -> assertThat(v).contains("not-a-uuid"))
                .anySatisfy(v -> assertThat(v).contains("colour"));
    }

    @Test
    @DisplayName("a request to an operation the contract does not have is a violation")
    void unknownOperation() throws Exception {
        answer = "{}";

        get("/v1/notifications/3fa85f64-5717-4562-b3fc-2c963f66afa6/colour");

        assertThat(proxy.violations()).isNotEmpty();
    }

    @Test
    @DisplayName("a request body the contract does not allow is a violation, though the service answers")
    void violatingRequest() throws Exception {
        answer = "{}";
        try (ContractProxy eligibility = ContractProxy.start("eligibility-service", ProofSuite.contract(SuiteService.ELIGIBILITY),
                "http://127.0.0.1:" + stub.getAddress().getPort())) {
            http.send(HttpRequest.newBuilder(URI.create(eligibility.baseUrl() + "/v1/partners")).header("Authorization", "Bearer x")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"tenantId\":\"not-a-uuid\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(eligibility.violations()).anySatisfy(v -> assertThat(v).contains("not-a-uuid"))
                    .anySatisfy(v -> assertThat(v).contains("partnerId"));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + path)).header("Authorization", "Bearer x")
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
