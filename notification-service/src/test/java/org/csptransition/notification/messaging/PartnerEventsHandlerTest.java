package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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
}
