package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("notification-service keeps recipients from partner.events (N1)")
class PartnerEventsHandlerTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("the golden partner.registered.v1 gives the tenant's contact e-mail, locale and MPN account e-mail")
    void goldenSampleBecomesRecipient() {
        EventEnvelope golden = EventJson.sample(EventType.PARTNER_REGISTERED);
        UUID tenant = UUID.fromString(golden.subject());

        TopicReader.publish(infra, golden);
        TopicReader.publish(infra, golden);

        String self = "Bearer " + infra.jwts().token(tenant, "GlobalAdmin");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", self).get("/v1/recipients/" + tenant).statusCode() == 200);
        given().header("Authorization", self).get("/v1/recipients/" + tenant).then()
                .body("email", equalTo("eva@fabrikam.se"))
                .body("locale", equalTo("sv-SE"))
                .body("mpnAccountEmail", equalTo("mpn@fabrikam.se"))
                .body("contactName", equalTo("Eva Lind"));
        given().header("Authorization", "Bearer " + infra.jwts().token(UUID.randomUUID(), "GlobalAdmin"))
                .get("/v1/recipients/" + tenant).then().statusCode(404);
    }

    @Test
    @DisplayName("N1 a recipient with eligibility's widest values, and one beyond them (300-character names, a NUL, a 36-character locale), is kept and mailed: the event never fails on it")
    void widestAndTooWideRecipients() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String wideEmail = ("w" + suffix).repeat(7) + "x@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".exampl";
        String locale35 = "sv-SE-x-" + "abcdefg-".repeat(3) + "abc";
        UUID widest = NotificationFixtures.aPartnerRegisteredAs(infra, "C".repeat(200), "F".repeat(100), "L".repeat(100),
                wideEmail, locale35, null);
        String email = "beyond-" + suffix + "@fabrikam.example";
        UUID beyond = NotificationFixtures.aPartnerRegisteredAs(infra, "C".repeat(300), "F\u0000".repeat(150), "L".repeat(300),
                email, locale35 + "x", null);
        String operator = NotificationFixtures.operator(infra);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", operator).get("/v1/recipients/" + widest)
                .statusCode() == 200 && given().header("Authorization", operator).get("/v1/recipients/" + beyond).statusCode() == 200);
        given().header("Authorization", operator).get("/v1/recipients/" + widest).then()
                .body("displayName", equalTo("C".repeat(200))).body("contactName", equalTo("F".repeat(100) + " " + "L".repeat(100)))
                .body("email", equalTo(wideEmail)).body("locale", equalTo(locale35));
        given().header("Authorization", operator).get("/v1/recipients/" + beyond).then()
                .body("displayName", equalTo("C".repeat(200))).body("contactName.length()", equalTo(201))
                .body("email", equalTo(email)).body("locale", equalTo("en-US"));

        NotificationFixtures.publish(infra, new DirectBillCreditCheckPassed(widest, UUID.randomUUID(), Instant.now()));
        NotificationFixtures.publish(infra, new DirectBillCreditCheckPassed(beyond, UUID.randomUUID(), Instant.now()));
        NotificationFixtures.theOnlyMailTo(infra, wideEmail);
        NotificationFixtures.theOnlyMailTo(infra, email);
    }
}
