package org.csptransition.notification.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
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
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestProfile(NotificationLogTest.OneAttempt.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N2 the operator's queue of failed e-mails: paged, sorted, CSV, and the gauge of those waiting")
class FailedNotificationQueueTest {

    @InjectInfra
    Infrastructure infra;

    String operator() {
        return NotificationFixtures.operator(infra);
    }

    JsonPath queue(String query) {
        return given().header("Authorization", operator()).accept("application/json").get("/v1/operator/failed-notifications?" + query)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
    }

    @Test
    @DisplayName("N2 two e-mails that ran out of attempts wait in the queue, newest first, as CSV and in the gauge; a retried one leaves it, and the retry is on its audit trail")
    void failedWaitForTheOperator() {
        TestPartner partner = aRegisteredPartner(infra, "sv-SE");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", operator())
                .get("/v1/recipients/" + partner.tenantId()).statusCode() == 200);
        String mine = "recipientTenantId=" + partner.tenantId();
        infra.mail().stop();
        try {
            publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
            publish(infra, new IndirectResellerEnrollmentApproved(partner.tenantId(), UUID.randomUUID()));
            await().atMost(Duration.ofSeconds(30)).until(() -> queue(mine).getInt("total") == 2);
        } finally {
            infra.mail().start();
        }

        JsonPath all = queue(mine);
        assertThat(all.getList("items.recipientEmail", String.class)).containsOnly(partner.email());
        assertThat(all.getList("items.attempts", Integer.class)).containsOnly(1);
        assertThat(all.getList("items.lastError", String.class)).allSatisfy(error -> assertThat(error).isNotBlank());
        assertThat(all.getList("items.createdAt", String.class)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonPath oneType = queue(mine + "&eventType=directbill.creditcheck.passed.v1");
        assertThat(oneType.getInt("total")).isEqualTo(1);
        JsonPath second = queue(mine + "&sort=eventType&order=asc&size=1&page=1");
        assertThat(second.getList("items.eventType", String.class)).containsExactly("indirectreseller.enrollment.approved.v1");
        assertThat(second.getInt("total")).isEqualTo(2);

        String csv = given().header("Authorization", operator()).accept("text/csv").get("/v1/operator/failed-notifications?" + mine)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(3).first()
                .isEqualTo("id,eventId,eventType,subjectId,template,recipientTenantId,recipientEmail,locale,attempts,lastError,createdAt");
        assertThat(lines.get(1)).contains("," + partner.tenantId() + "," + partner.email() + ",sv-SE,1,");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(gauge()).isGreaterThanOrEqualTo(2));

        String id = oneType.getString("items[0].id");
        String etag = given().header("Authorization", operator()).get("/v1/notifications/" + id).then().extract().header("ETag");
        given().header("Authorization", operator()).header("If-Match", etag).header("X-Correlation-Id", "retry-" + id)
                .post("/v1/notifications/" + id + "/retry").then().statusCode(200);
        assertThat(queue(mine).getList("items.id", String.class)).hasSize(1).doesNotContain(id);

        // the retry publishes no event: the audit trail is its record, for the operator and the recipient's tenant only
        JsonPath trail = given().header("Authorization", operator()).get("/v1/audit-trail/notification/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("action", String.class)).containsExactly("notification.retried");
        assertThat(trail.getString("[0].correlationId")).isEqualTo("retry-" + id);
        assertThat(trail.getString("[0].user")).isNotBlank().doesNotStartWith("system:");
        JsonPath change = JsonPath.from(trail.getString("[0].change"));
        assertThat(change.getString("eventType")).isEqualTo("directbill.creditcheck.passed.v1");
        assertThat(change.getInt("attemptsBefore")).isEqualTo(1);
        assertThat(change.getString("status")).isEqualTo("PENDING");
        given().header("Authorization", NotificationFixtures.tokenOf(infra, partner.tenantId(), "GlobalAdmin"))
                .get("/v1/audit-trail/notification/" + id).then().statusCode(200).body("[0].action", equalTo("notification.retried"));
        given().header("Authorization", NotificationFixtures.tokenOf(infra, UUID.randomUUID(), "GlobalAdmin"))
                .get("/v1/audit-trail/notification/" + id).then().statusCode(404);
    }

    @Test
    @DisplayName("only the operator's tenant: a partner's admin and a ProgramOperator claimed from another tenant get 403; bad parameters 400")
    void operatorOnly() {
        UUID tenant = UUID.randomUUID();
        given().header("Authorization", NotificationFixtures.tokenOf(infra, tenant, "GlobalAdmin"))
                .get("/v1/operator/failed-notifications").then().statusCode(403);
        given().header("Authorization", NotificationFixtures.tokenOf(infra, tenant, "ProgramOperator"))
                .get("/v1/operator/failed-notifications").then().statusCode(403);
        given().get("/v1/operator/failed-notifications").then().statusCode(401);
        for (String bad : List.of("recipientTenantId=nobody", "sort=subject", "order=up", "size=0", "size=201", "format=xml")) {
            given().header("Authorization", operator()).header("Accept-Language", "fr").get("/v1/operator/failed-notifications?" + bad)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    double gauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = java.util.regex.Pattern.compile("(?m)^notifications_failed_waiting(\\{[^}]*})? ([0-9.E+-]+)$").matcher(metrics);
        assertThat(m.find()).as("notifications_failed_waiting").isTrue();
        return Double.parseDouble(m.group(2));
    }
}
