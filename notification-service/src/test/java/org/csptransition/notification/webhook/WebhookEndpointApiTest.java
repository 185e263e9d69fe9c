package org.csptransition.notification.webhook;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.csptransition.notification.NotificationFixtures.tokenOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** N4 the webhook endpoint API: its conventions (roles, tenant, Idempotency-Key, If-Match, problems) and its refusals. */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N4 webhook endpoints are registered, read, changed, disabled, rotated and deleted by their owner only")
class WebhookEndpointApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String URL = "http://127.0.0.1:9/hook";

    @InjectInfra
    Infrastructure infra;

    private RequestSpecification as(UUID tenant, String role) {
        return given().header("Authorization", tokenOf(infra, tenant, role)).contentType("application/json");
    }

    private static Map<String, Object> body(String url, List<String> types) {
        return Map.of("url", url, "eventTypes", types);
    }

    @Test
    @DisplayName("N4 register, list, get, change, disable, delete: the secret only at registration, If-Match on changes, the same Idempotency-Key replays")
    void lifecycle() {
        UUID tenant = UUID.randomUUID();
        var created = as(tenant, "GlobalAdmin").header("Idempotency-Key", "k-" + tenant)
                .body(body(URL, List.of("transfer.created.v1", "transfer.completed.v1"))).post("/v1/webhook-endpoints")
                .then().statusCode(201).header("Location", startsWith("http")).body("secret", startsWith("whsec_"))
                .body("status", equalTo("ACTIVE")).extract();
        String id = created.jsonPath().getString("id");
        as(tenant, "GlobalAdmin").header("Idempotency-Key", "k-" + tenant)
                .body(body(URL, List.of("transfer.created.v1", "transfer.completed.v1"))).post("/v1/webhook-endpoints")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as(tenant, "AdminAgent").get("/v1/webhook-endpoints").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].secret", nullValue());
        String etag = as(tenant, "AdminAgent").get("/v1/webhook-endpoints/" + id).then().statusCode(200)
                .body("eventTypes", contains("transfer.created.v1", "transfer.completed.v1")).extract().header("ETag");

        Map<String, Object> disable = Map.of("url", URL, "eventTypes", List.of("transfer.failed.v1"), "status", "DISABLED");
        as(tenant, "AdminAgent").header("If-Match", "\"99\"").body(disable).put("/v1/webhook-endpoints/" + id)
                .then().statusCode(412).contentType(startsWith(PROBLEM)).body("code", equalTo("PRECONDITION_FAILED"));
        String changed = as(tenant, "AdminAgent").header("If-Match", etag).body(disable).put("/v1/webhook-endpoints/" + id)
                .then().statusCode(200).body("status", equalTo("DISABLED")).body("eventTypes", contains("transfer.failed.v1"))
                .header("ETag", not(equalTo(etag))).extract().header("ETag");
        as(tenant, "AdminAgent").post("/v1/webhook-endpoints/" + id + "/test-event").then().statusCode(409)
                .body("code", equalTo("WEBHOOK_ENDPOINT_DISABLED"));

        as(tenant, "AdminAgent").header("If-Match", etag).delete("/v1/webhook-endpoints/" + id).then().statusCode(412);
        as(tenant, "AdminAgent").header("If-Match", changed).delete("/v1/webhook-endpoints/" + id).then().statusCode(204);
        as(tenant, "AdminAgent").get("/v1/webhook-endpoints/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    @DisplayName("N4 another tenant's endpoint is a 404 for every operation; SalesAgent, CustomerAdmin and unknown roles get 403")
    void ownersOnly() {
        UUID owner = UUID.randomUUID();
        String id = as(owner, "AdminAgent").body(body(URL, List.of("transfer.created.v1"))).post("/v1/webhook-endpoints")
                .then().statusCode(201).extract().jsonPath().getString("id");
        UUID stranger = UUID.randomUUID();
        as(stranger, "AdminAgent").get("/v1/webhook-endpoints/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(stranger, "AdminAgent").get("/v1/webhook-endpoints").then().statusCode(200).body("items", hasSize(0));
        as(stranger, "AdminAgent").body(body(URL, List.of("transfer.created.v1"))).put("/v1/webhook-endpoints/" + id).then().statusCode(404);
        as(stranger, "AdminAgent").body(Map.of()).post("/v1/webhook-endpoints/" + id + "/secret-rotation").then().statusCode(404);
        as(stranger, "AdminAgent").delete("/v1/webhook-endpoints/" + id).then().statusCode(404);
        as(stranger, "AdminAgent").get("/v1/webhook-endpoints/" + id + "/deliveries").then().statusCode(404);
        as(stranger, "AdminAgent").post("/v1/webhook-endpoints/" + id + "/test-event").then().statusCode(404);
        for (String role : List.of("SalesAgent", "CustomerAdmin", "Reader", "ProgramOperator")) {
            as(owner, role).get("/v1/webhook-endpoints").then().statusCode(403);
            as(owner, role).body(body(URL, List.of("transfer.created.v1"))).post("/v1/webhook-endpoints").then().statusCode(403);
            as(owner, role).get("/v1/webhook-endpoints/" + id).then().statusCode(403);
        }
    }

    @Test
    @DisplayName("N4 SSRF and bad input: link-local (cloud metadata), unspecified and multicast targets, no URL, user info, other schemes, unknown event types are 4xx problems in the caller's language")
    void refusals() {
        UUID tenant = UUID.randomUUID();
        for (String target : List.of("https://169.254.169.254/latest/meta-data", "http://[fe80::1]/hook", "https://0.0.0.0/hook",
                "https://224.0.0.1/hook")) {
            as(tenant, "AdminAgent").body(body(target, List.of("transfer.created.v1"))).post("/v1/webhook-endpoints")
                    .then().statusCode(422).contentType(startsWith(PROBLEM)).body("code", equalTo("WEBHOOK_TARGET_NOT_ALLOWED"));
        }
        for (String url : List.of("ftp://hooks.example/x", "https://user:pw@hooks.example/x", "/relative", "https://hooks.example/x#f",
                "https://" + "h".repeat(2100) + ".example/")) {
            as(tenant, "AdminAgent").body(body(url, List.of("transfer.created.v1"))).post("/v1/webhook-endpoints")
                    .then().statusCode(400).contentType(startsWith(PROBLEM)).body("code", not(nullValue()));
        }
        as(tenant, "AdminAgent").body(body(URL, List.of("transfer.teleported.v1"))).post("/v1/webhook-endpoints")
                .then().statusCode(422).body("code", equalTo("WEBHOOK_EVENT_TYPE_UNKNOWN"));
        as(tenant, "AdminAgent").body(body(URL, List.of())).post("/v1/webhook-endpoints").then().statusCode(400);
        as(tenant, "AdminAgent").header("Accept-Language", "sv-SE").body(body("https://169.254.169.254/", List.of("transfer.created.v1")))
                .post("/v1/webhook-endpoints").then().statusCode(422).header("Content-Language", startsWith("sv"))
                .body("detail", startsWith("Värden"));
        as(tenant, "AdminAgent").body(Map.of("overlapSeconds", 10_000_000)).post("/v1/webhook-endpoints/" + UUID.randomUUID() + "/secret-rotation")
                .then().statusCode(400);
    }

    @Test
    @DisplayName("N4 the delivery log's worst query values and a backwards redelivery range are 400 problems, never a 500")
    void deliveryLogQueries() {
        UUID tenant = UUID.randomUUID();
        String id = as(tenant, "AdminAgent").body(body(URL, List.of("transfer.created.v1"))).post("/v1/webhook-endpoints")
                .then().statusCode(201).extract().jsonPath().getString("id");
        String log = "/v1/webhook-endpoints/" + id + "/deliveries";
        as(tenant, "AdminAgent").queryParam("status", "SENT").get(log).then().statusCode(400).body("code", equalTo("INVALID_QUERY"));
        as(tenant, "AdminAgent").queryParam("continuationToken", "not-ours").get(log).then().statusCode(400).body("code", equalTo("INVALID_QUERY"));
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("size", 0), Map.entry("size", 201),
                Map.entry("status", "S".repeat(300)), Map.entry("continuationToken", "t".repeat(300)), Map.entry("status", "a\r\nb"))) {
            as(tenant, "AdminAgent").queryParam(bad.getKey(), bad.getValue()).get(log).then().statusCode(400).contentType(startsWith(PROBLEM));
        }
        as(tenant, "AdminAgent").get(log + "/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(tenant, "AdminAgent").get(log + "/not-a-uuid").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)));
        as(tenant, "AdminAgent").body(Map.of("from", "2026-12-02T00:00:00Z", "to", "2026-12-01T00:00:00Z"))
                .post("/v1/webhook-endpoints/" + id + "/redelivery").then().statusCode(400).body("code", equalTo("INVALID_QUERY"));
        as(tenant, "AdminAgent").body(Map.of("from", "2026-12-01T00:00:00Z")).post("/v1/webhook-endpoints/" + id + "/redelivery")
                .then().statusCode(400);
    }
}
