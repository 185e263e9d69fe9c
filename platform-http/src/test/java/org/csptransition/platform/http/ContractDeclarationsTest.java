package org.csptransition.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.ContractRules;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ConditionalReads and RateLimitFilter do is what ContractFilter declares, on this module's probe resources: each
 * answer below is compared with the response the served contract declares for its status, header by header. The four
 * services' OpenApiContractTest and StoredContractsTest check the same declarations on every operation
 * ({@link ContractRules#conditionalReads}, {@link ContractRules#rateLimits}).
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The contract declares what the conditional-read and rate-limit filters do")
class ContractDeclarationsTest {

    @InjectInfra
    Infrastructure infra;

    String agent(UUID tenant) {
        return "Bearer " + infra.jwts().token(tenant, "AdminAgent");
    }

    static JsonNode operation(String method, String path) {
        JsonNode operation = ContractRules.served().path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path + " in the served contract").isFalse();
        return operation;
    }

    /** The declared response for the answer's status exists, and every header it declares is on the answer. */
    static void assertDeclared(JsonNode operation, Response answer) {
        JsonNode declared = operation.path("responses").path(String.valueOf(answer.statusCode()));
        assertThat(declared.isMissingNode()).as("a declared " + answer.statusCode()).isFalse();
        List<String> missing = new ArrayList<>();
        declared.path("headers").fieldNames().forEachRemaining(name -> {
            if (answer.header(name) == null) {
                missing.add(name);
            }
        });
        assertThat(missing).as("declared headers of the " + answer.statusCode() + " that the answer lacks").isEmpty();
        if (answer.statusCode() == 304) {
            assertThat(declared.has("content")).as("a 304 declares no body").isFalse();
        }
        if (answer.statusCode() >= 400) {
            assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(declared.path("content").has(Problem.MEDIA_TYPE)).isTrue();
        }
    }

    @Test
    @DisplayName("every operation of the served contract declares conditional reads and rate limits where the filters apply")
    void servedContractDeclaresBoth() {
        JsonNode served = ContractRules.served();
        assertThat(ContractRules.conditionalReads(served)).isEmpty();
        assertThat(ContractRules.rateLimits(served)).isEmpty();
        assertThat(served.path("components").path("headers").has(RateLimitFilter.RATE_LIMIT)).isTrue();
        assertThat(served.path("components").path("headers").has(RateLimitFilter.RATE_LIMIT_POLICY)).isTrue();
    }

    @Test
    @DisplayName("a JSON read: its 200 has the declared ETag and rate-limit headers, and its declared If-None-Match gets the declared 304")
    void conditionalRead() {
        UUID tenant = UUID.randomUUID();
        String id = given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).body("{\"name\":\"alpha\"}")
                .post("/probe/things").then().statusCode(201).extract().path("id");
        JsonNode read = operation("get", "/probe/things/{id}");
        assertThat(read.path("parameters").findValuesAsText("name")).contains(ContractFilter.IF_NONE_MATCH);

        Response first = given().header("Authorization", agent(tenant)).get("/probe/things/" + id);
        assertThat(first.statusCode()).isEqualTo(200);
        assertDeclared(read, first);

        Response again = given().header("Authorization", agent(tenant)).header("If-None-Match", first.header("ETag"))
                .get("/probe/things/" + id);
        assertThat(again.statusCode()).isEqualTo(304);
        assertDeclared(read, again);
    }

    @Test
    @DisplayName("an operation past its tenant's budget answers the declared 429: a Problem with Retry-After, RateLimit and RateLimit-Policy")
    void rateLimited() {
        UUID tenant = UUID.randomUUID();
        JsonNode bulk = operation("post", "/probe/things/bulk-renames");
        // this module's bulk budget is 3 a minute (application.properties)
        for (int i = 0; i < 3; i++) {
            Response allowed = given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).post("/probe/things/bulk-renames");
            assertThat(allowed.statusCode()).isEqualTo(204);
            assertDeclared(bulk, allowed);
        }
        Response refused = given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).post("/probe/things/bulk-renames");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertDeclared(bulk, refused);
        assertThat(bulk.path("responses").path("429").path("headers").fieldNames()).toIterable()
                .contains("Retry-After", RateLimitFilter.RATE_LIMIT, RateLimitFilter.RATE_LIMIT_POLICY);
    }
}
