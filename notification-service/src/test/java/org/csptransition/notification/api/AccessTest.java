package org.csptransition.notification.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.csptransition.notification.NotificationFixtures.tokenOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Default deny by role, strangers get 404, and no query value is a 500 (docs/security.md). */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N3 who may read the log and the recipients, and with which query")
class AccessTest {

    private static final String PROBLEM = "application/problem+json";

    @InjectInfra
    Infrastructure infra;

    /** A partner with one SENT e-mail: its id. */
    private String aNotificationOf(TestPartner partner) {
        publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", NotificationFixtures.operator(infra))
                .queryParam("subjectId", partner.tenantId().toString()).get("/v1/notifications").jsonPath().getList("items").size() == 1);
        return given().header("Authorization", NotificationFixtures.operator(infra)).queryParam("subjectId", partner.tenantId().toString())
                .get("/v1/notifications").jsonPath().getString("items[0].id");
    }

    /** Every operation of this service, by name, as a call with a given token. */
    private Map<String, Function<String, Integer>> operations(UUID tenant, String notificationId) {
        return Map.of(
                "GET /v1/notifications", token -> as(token).get("/v1/notifications").statusCode(),
                "GET /v1/notifications/{id}", token -> as(token).get("/v1/notifications/" + notificationId).statusCode(),
                "POST /v1/notifications/{id}/retry", token -> as(token).post("/v1/notifications/" + notificationId + "/retry").statusCode(),
                "GET /v1/recipients/{tenantId}", token -> as(token).get("/v1/recipients/" + tenant).statusCode());
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    @Test
    @DisplayName("N3 every operation refuses, 403, each role it does not admit: CustomerAdmin and unknown roles everywhere, the partner roles on retry")
    void defaultDenyByRole() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        String id = aNotificationOf(partner);
        UUID self = partner.tenantId();
        Map<String, List<String>> refused = Map.of(
                "GET /v1/notifications", List.of("CustomerAdmin", "Reader"),
                "GET /v1/notifications/{id}", List.of("CustomerAdmin", "Reader"),
                "POST /v1/notifications/{id}/retry", List.of("CustomerAdmin", "Reader", "GlobalAdmin", "AdminAgent", "SalesAgent"),
                "GET /v1/recipients/{tenantId}", List.of("CustomerAdmin", "Reader"));
        operations(self, id).forEach((operation, call) -> refused.get(operation).forEach(role -> {
            int status = call.apply(tokenOf(infra, self, role));
            org.assertj.core.api.Assertions.assertThat(status).as(operation + " as " + role).isEqualTo(403);
        }));
        // and the admitted partner roles read their own
        for (String role : List.of("GlobalAdmin", "AdminAgent", "SalesAgent")) {
            as(tokenOf(infra, self, role)).get("/v1/notifications/" + id).then().statusCode(200);
            as(tokenOf(infra, self, role)).get("/v1/recipients/" + self).then().statusCode(200);
        }
    }

    @Test
    @DisplayName("N3 ProgramOperator from a tenant that is not the operator's is no operator: 403 alone, only its own e-mails beside a partner role")
    void operatorRoleFromAnotherTenant() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        String id = aNotificationOf(partner);
        UUID impostor = UUID.randomUUID();
        String onlyOperator = tokenOf(infra, impostor, "ProgramOperator");
        operations(partner.tenantId(), id).forEach((operation, call) ->
                org.assertj.core.api.Assertions.assertThat(call.apply(onlyOperator)).as(operation).isEqualTo(403));

        String withPartnerRole = tokenOf(infra, impostor, "ProgramOperator", "GlobalAdmin");
        as(withPartnerRole).get("/v1/notifications").then().statusCode(200)
                .body("items.recipientTenantId", everyItem(equalTo(impostor.toString())));
        as(withPartnerRole).queryParam("subjectId", partner.tenantId().toString()).get("/v1/notifications").then()
                .statusCode(200).body("items", hasSize(0));
        as(withPartnerRole).get("/v1/notifications/" + id).then().statusCode(404);
        as(withPartnerRole).get("/v1/recipients/" + partner.tenantId()).then().statusCode(404);
        as(withPartnerRole).post("/v1/notifications/" + id + "/retry").then().statusCode(403);
        // the real operator still sees it
        as(NotificationFixtures.operator(infra)).get("/v1/notifications/" + id).then().statusCode(200);
    }

    @Test
    @DisplayName("N3 a stranger gets 404 for a recipient or notification it is no party to, whether it exists or not, and whether its own recipient is known or not")
    void strangersGetNotFound() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        String id = aNotificationOf(partner);
        TestPartner knownStranger = aRegisteredPartner(infra, "en-US");
        await().atMost(Duration.ofSeconds(30)).until(() -> as(NotificationFixtures.operator(infra))
                .get("/v1/recipients/" + knownStranger.tenantId()).statusCode() == 200);
        for (UUID stranger : List.of(knownStranger.tenantId(), UUID.randomUUID())) {
            String token = tokenOf(infra, stranger, "GlobalAdmin");
            as(token).get("/v1/recipients/" + partner.tenantId()).then().statusCode(404).contentType(startsWith(PROBLEM))
                    .body("code", equalTo("NOT_FOUND"));
            as(token).get("/v1/recipients/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(token).get("/v1/notifications/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(token).get("/v1/notifications/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }
    }

    @Test
    @DisplayName("N3 the worst query values are a 400 or 404 problem, never a 500: too long, NUL, line break, huge or odd sizes, a path that is no id")
    void worstQueryValues() {
        String operator = NotificationFixtures.operator(infra);
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(
                Map.entry("eventType", "x".repeat(300)), Map.entry("subjectId", "s".repeat(129)),
                Map.entry("status", "S".repeat(300)), Map.entry("continuationToken", "t".repeat(300)),
                Map.entry("eventType", "partner\u0000registered"), Map.entry("subjectId", "a\r\nb"),
                Map.entry("size", 99999), Map.entry("size", -1))) {
            as(operator).queryParam(bad.getKey(), bad.getValue()).get("/v1/notifications").then()
                    .statusCode(400).contentType(startsWith(PROBLEM))
                    .body("code", notNullValue());
        }
        // a size that is no int at all: JAX-RS answers a query parameter it cannot convert as 404 (a problem, never a 500)
        for (String size : List.of("1e9", "99999999999999999999", "abc")) {
            as(operator).queryParam("size", size).get("/v1/notifications").then()
                    .statusCode(anyOf(equalTo(400), equalTo(404))).contentType(startsWith(PROBLEM));
        }
        for (String path : List.of("/v1/notifications/not-a-uuid", "/v1/notifications/" + "9".repeat(300),
                "/v1/recipients/not-a-uuid", "/v1/notifications/not-a-uuid/retry")) {
            var response = path.endsWith("/retry") ? as(operator).post(path) : as(operator).get(path);
            response.then().statusCode(anyOf(equalTo(400), equalTo(404))).contentType(startsWith(PROBLEM));
        }
    }
}
