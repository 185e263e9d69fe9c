package org.csptransition.notification.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentApproved;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestProfile(NotificationLogTest.OneAttempt.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N3 the notification log, and N2 the operator's retry")
class NotificationLogTest {

    /** One attempt per e-mail, so an outage makes it FAILED at once. */
    public static class OneAttempt implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.delivery.max-attempts", "1");
        }
    }

    @InjectInfra
    Infrastructure infra;

    String operator() {
        return NotificationFixtures.operator(infra);
    }

    String tenant(UUID tenant) {
        return "Bearer " + infra.jwts().token(tenant, "GlobalAdmin");
    }

    @Test
    @DisplayName("a recipient sees its own e-mails, filtered and paged; another tenant sees none of them; the operator sees all")
    void whoSeesWhat() {
        TestPartner partner = aRegisteredPartner(infra, "sv-SE");
        publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
        publish(infra, new IndirectResellerEnrollmentApproved(partner.tenantId(), UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", tenant(partner.tenantId()))
                .get("/v1/notifications").jsonPath().getList("items").size() == 2);

        var page1 = given().header("Authorization", tenant(partner.tenantId())).queryParam("size", 1).get("/v1/notifications")
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        given().header("Authorization", tenant(partner.tenantId())).queryParam("size", 1)
                .queryParam("continuationToken", page1.getString("continuationToken")).get("/v1/notifications")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", org.hamcrest.Matchers.not(equalTo(page1.getString("items[0].id"))));
        String id = given().header("Authorization", tenant(partner.tenantId()))
                .queryParam("eventType", "directbill.creditcheck.passed.v1").get("/v1/notifications")
                .then().body("items", hasSize(1)).body("items[0].locale", equalTo("sv-SE"))
                .body("items[0].recipientEmail", equalTo(partner.email())).extract().jsonPath().getString("items[0].id");

        given().header("Authorization", tenant(partner.tenantId())).get("/v1/notifications/" + id).then().statusCode(200)
                .body("status", equalTo("SENT")).body("template", equalTo("credit-check-passed"));
        given().header("Authorization", tenant(UUID.randomUUID())).get("/v1/notifications/" + id).then().statusCode(404);
        given().header("Authorization", tenant(UUID.randomUUID())).queryParam("subjectId", partner.tenantId().toString())
                .get("/v1/notifications").then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", operator()).queryParam("subjectId", partner.tenantId().toString())
                .get("/v1/notifications").then().statusCode(200).body("items", hasSize(2))
                .body("items.recipientTenantId", everyItem(equalTo(partner.tenantId().toString())));
    }

    @Test
    @DisplayName("bad query values are a 400 with a code, never a 500")
    void badQuery() {
        given().header("Authorization", operator()).queryParam("status", "LOST").get("/v1/notifications")
                .then().statusCode(400).body("code", equalTo("INVALID_QUERY"));
        given().header("Authorization", operator()).queryParam("continuationToken", "garbage").get("/v1/notifications")
                .then().statusCode(400).body("code", equalTo("INVALID_QUERY"));
        given().header("Authorization", operator()).queryParam("size", 0).get("/v1/notifications")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    @DisplayName("an e-mail that ran out of attempts is FAILED and visible; the operator's retry (If-Match: its ETag) sends it once")
    void failedThenRetried() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", operator())
                .get("/v1/recipients/" + partner.tenantId()).statusCode() == 200);
        infra.mail().stop();
        String id;
        String etag;
        try {
            publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(given().header("Authorization", operator())
                    .queryParam("subjectId", partner.tenantId().toString()).get("/v1/notifications").jsonPath().getString("items[0].status")));
            id = given().header("Authorization", operator()).queryParam("subjectId", partner.tenantId().toString())
                    .get("/v1/notifications").jsonPath().getString("items[0].id");
            etag = given().header("Authorization", operator()).get("/v1/notifications/" + id).then()
                    .body("attempts", equalTo(1)).body("lastError", org.hamcrest.Matchers.notNullValue()).extract().header("ETag");
        } finally {
            infra.mail().start();
        }

        given().header("Authorization", tenant(partner.tenantId())).post("/v1/notifications/" + id + "/retry").then().statusCode(403);
        given().header("Authorization", operator()).header("If-Match", "\"999\"").post("/v1/notifications/" + id + "/retry").then()
                .statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(etag));
        given().header("Authorization", operator()).header("If-Match", etag).post("/v1/notifications/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !infra.mail().messagesTo(partner.email()).isEmpty());
        assertThat(infra.mail().messagesTo(partner.email())).hasSize(1);
        given().header("Authorization", operator()).post("/v1/notifications/" + id + "/retry").then().statusCode(409)
                .body("code", equalTo("NOTIFICATION_NOT_FAILED"));
        given().header("Authorization", operator()).post("/v1/notifications/" + UUID.randomUUID() + "/retry").then().statusCode(404);
    }
}
