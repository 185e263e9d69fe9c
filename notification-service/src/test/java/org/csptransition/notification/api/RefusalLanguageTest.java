package org.csptransition.notification.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N2 N3 every refusal answers in the caller's language (Accept-Language), English when none fits")
class RefusalLanguageTest {

    @InjectInfra
    Infrastructure infra;

    String operator() {
        return NotificationFixtures.operator(infra);
    }

    @Test
    @DisplayName("N3 a notification that does not exist is a 404 NOT_FOUND in Swedish for sv-SE, in English without a language")
    void notFound() {
        UUID id = UUID.randomUUID();
        given().header("Authorization", operator()).header("Accept-Language", "sv-SE").get("/v1/notifications/" + id)
                .then().statusCode(404).header("Content-Language", "sv")
                .body("code", equalTo("NOT_FOUND")).body("detail", equalTo("Hittades inte: Notification " + id));
        given().header("Authorization", operator()).get("/v1/notifications/" + id)
                .then().statusCode(404).header("Content-Language", "en")
                .body("code", equalTo("NOT_FOUND")).body("detail", equalTo("Notification " + id + " was not found"));
    }

    @Test
    @DisplayName("N2 retrying an e-mail that was sent is a 409 NOTIFICATION_NOT_FAILED in Swedish for sv-SE, naming its status")
    void retryOfASentEmail() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(given().header("Authorization", operator())
                .queryParam("subjectId", partner.tenantId().toString()).get("/v1/notifications").jsonPath().getString("items[0].status")));
        String id = given().header("Authorization", operator()).queryParam("subjectId", partner.tenantId().toString())
                .get("/v1/notifications").jsonPath().getString("items[0].id");

        given().header("Authorization", operator()).header("Accept-Language", "sv-SE").post("/v1/notifications/" + id + "/retry")
                .then().statusCode(409).header("Content-Language", "sv")
                .body("code", equalTo("NOTIFICATION_NOT_FAILED"))
                .body("detail", equalTo("E-postmeddelandet " + id + " har status SENT; bara ett meddelande med status FAILED kan skickas igen"))
                .body("context.status", equalTo("SENT"));
    }

    @Test
    @DisplayName("N3 an unknown status in the query is a 400 INVALID_QUERY in Swedish for sv-SE, naming the parameter; French for fr")
    void invalidQuery() {
        given().header("Authorization", operator()).header("Accept-Language", "sv-SE").queryParam("status", "LOST")
                .get("/v1/notifications")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("code", equalTo("INVALID_QUERY"))
                .body("detail", equalTo("Frågeparametern status har ett värde som tjänsten inte godtar"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("INVALID_QUERY"));
        given().header("Authorization", operator()).header("Accept-Language", "fr-FR,en;q=0.5").queryParam("continuationToken", "garbage")
                .get("/v1/notifications")
                .then().statusCode(400).header("Content-Language", "fr")
                .body("code", equalTo("INVALID_QUERY"))
                .body("detail", equalTo("Le paramètre de requête continuationToken a une valeur que ce service n'accepte pas"));
    }
}
