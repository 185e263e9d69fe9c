package org.csptransition.notification.webhook;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.notification.NotificationFixtures.tokenOf;

/** N4 every change to a webhook endpoint, made for a user, is on the endpoint's audit trail: it publishes no event. */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N4 the audit trail of a webhook endpoint: who registered, changed, disabled, enabled, rotated, redelivered, tested and deleted it")
class WebhookAuditTrailTest {

    private static final String URL = "http://127.0.0.1:9/hook";

    @InjectInfra
    Infrastructure infra;

    private RequestSpecification as(UUID tenant, String correlation) {
        return given().header("Authorization", tokenOf(infra, tenant, "AdminAgent")).header("X-Correlation-Id", correlation)
                .contentType("application/json");
    }

    private static Map<String, Object> body(List<String> types, String status) {
        return Map.of("url", URL, "eventTypes", types, "status", status);
    }

    private static JsonPath change(JsonPath trail, int index) {
        return JsonPath.from(trail.getString("[" + index + "].change"));
    }

    @Test
    @DisplayName("N4 each change is an entry with the user, tenant, request and what changed (never the secret); the owner and the operator read it, another tenant gets 404, also after the deletion")
    void everyChangeIsOnTheTrail() {
        UUID owner = UUID.randomUUID();
        String endpoints = "/v1/webhook-endpoints/";
        var created = as(owner, "wh-create-" + owner).body(Map.of("url", URL, "eventTypes", List.of("transfer.created.v1")))
                .post("/v1/webhook-endpoints").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        String etag = as(owner, "wh-get").get(endpoints + id).then().statusCode(200).extract().header("ETag");
        etag = as(owner, "wh-change-" + owner).header("If-Match", etag).body(body(List.of("transfer.created.v1", "transfer.failed.v1"), "ACTIVE"))
                .put(endpoints + id).then().statusCode(200).extract().header("ETag");
        etag = as(owner, "wh-disable").header("If-Match", etag).body(body(List.of("transfer.failed.v1"), "DISABLED"))
                .put(endpoints + id).then().statusCode(200).extract().header("ETag");
        etag = as(owner, "wh-enable").header("If-Match", etag).body(body(List.of("transfer.failed.v1"), "ACTIVE"))
                .put(endpoints + id).then().statusCode(200).extract().header("ETag");
        var rotated = as(owner, "wh-rotate").header("If-Match", etag).body(Map.of("overlapSeconds", 60))
                .post(endpoints + id + "/secret-rotation").then().statusCode(200).extract();
        String newSecret = rotated.jsonPath().getString("secret");
        String delivery = as(owner, "wh-test").post(endpoints + id + "/test-event").then().statusCode(202).extract().jsonPath().getString("id");
        as(owner, "wh-redeliver").post(endpoints + id + "/deliveries/" + delivery + "/redelivery").then().statusCode(202);
        as(owner, "wh-range").body(Map.of("from", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "to", Instant.now().plus(1, ChronoUnit.HOURS).toString()))
                .post(endpoints + id + "/redelivery").then().statusCode(202);
        // the sender may move the endpoint meanwhile (its failing test delivery): delete whatever its version
        as(owner, "wh-delete").header("If-Match", "*").delete(endpoints + id).then().statusCode(204);

        JsonPath trail = given().header("Authorization", tokenOf(infra, owner, "GlobalAdmin")).get("/v1/audit-trail/webhook-endpoint/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("action", String.class)).containsExactly("webhook.endpoint.registered", "webhook.endpoint.changed",
                "webhook.endpoint.disabled", "webhook.endpoint.enabled", "webhook.endpoint.secret.rotated", "webhook.test-event.sent",
                "webhook.delivery.redelivered", "webhook.deliveries.redelivered", "webhook.endpoint.deleted");
        assertThat(trail.getList("correlationId", String.class)).containsExactly("wh-create-" + owner, "wh-change-" + owner, "wh-disable",
                "wh-enable", "wh-rotate", "wh-test", "wh-redeliver", "wh-range", "wh-delete");
        assertThat(trail.getList("tenantId", String.class)).containsOnly(owner.toString());
        assertThat(trail.getList("user", String.class)).allSatisfy(user -> assertThat(user).isNotBlank().doesNotStartWith("system:"));
        // change is JSON text (stored as jsonb: keys and spacing are the database's)
        assertThat(change(trail, 1).getList("eventTypes", String.class)).containsExactly("transfer.created.v1", "transfer.failed.v1");
        assertThat(change(trail, 1).getList("before.eventTypes", String.class)).containsExactly("transfer.created.v1");
        assertThat(change(trail, 2).getString("status")).isEqualTo("DISABLED");
        assertThat(change(trail, 2).getString("before.status")).isEqualTo("ACTIVE");
        assertThat(change(trail, 3).getString("status")).isEqualTo("ACTIVE");
        assertThat(change(trail, 4).getInt("overlapSeconds")).isEqualTo(60);
        assertThat(change(trail, 5).getString("deliveryId")).isEqualTo(delivery);
        assertThat(change(trail, 5).getString("eventType")).isEqualTo("webhook.test.v1");
        assertThat(change(trail, 6).getString("deliveryId")).isEqualTo(delivery);
        assertThat(change(trail, 7).getInt("redelivered")).isBetween(0, 1);
        assertThat(change(trail, 8).getString("url")).isEqualTo(URL);
        assertThat(trail.getList("change", String.class)).allSatisfy(change -> assertThat(change).doesNotContain(secret).doesNotContain(newSecret));

        given().header("Authorization", NotificationFixtures.operator(infra)).get("/v1/audit-trail/webhook-endpoint/" + id)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(9));
        given().header("Authorization", tokenOf(infra, UUID.randomUUID(), "AdminAgent")).get("/v1/audit-trail/webhook-endpoint/" + id)
                .then().statusCode(404).body("code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
    }
}
