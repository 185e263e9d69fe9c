package org.csptransition.transfer.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerRegistered;
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
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("transfer-service learns partners from partner.events")
class PartnerEventsHandlerTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("the golden partner.registered.v1 becomes a known partner, readable by the operator and the tenant only")
    void goldenSampleBecomesKnownPartner() {
        EventEnvelope golden = EventJson.sample(EventType.PARTNER_REGISTERED);
        UUID tenant = UUID.fromString(golden.subject());
        String operator = "Bearer " + infra.jwts().token(UUID.randomUUID(), "ProgramOperator");

        TopicReader.publish(infra, golden);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", operator).get("/v1/known-partners/" + tenant).statusCode() == 200);
        given().header("Authorization", operator).get("/v1/known-partners/" + tenant).then()
                .body("partnerId", equalTo("4234567"))
                .body("directBillStatus", equalTo("ACTIVE"))
                .body("indirectResellerStatus", equalTo("ACTIVE"));
        given().header("Authorization", "Bearer " + infra.jwts().token(tenant, "AdminAgent"))
                .get("/v1/known-partners/" + tenant).then().statusCode(200);
        given().header("Authorization", "Bearer " + infra.jwts().token(UUID.randomUUID(), "AdminAgent"))
                .get("/v1/known-partners/" + tenant).then().statusCode(404);
    }

    @Test
    @DisplayName("an older fact arriving after a newer one does not overwrite it")
    void olderFactDoesNotOverwrite() {
        UUID tenant = UUID.randomUUID();
        String operator = "Bearer " + infra.jwts().token(UUID.randomUUID(), "ProgramOperator");
        PartnerRegistered newer = registered(tenant, "Newer AB");
        PartnerRegistered older = registered(tenant, "Older AB");
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();

        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now, null, newer));
        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now.minusMinutes(5), null, older));
        UUID marker = UUID.randomUUID();
        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now, null, registered(marker, "Marker AB"))
                .withSubject(tenant.toString()));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", operator).get("/v1/known-partners/" + marker).statusCode() == 200);
        given().header("Authorization", operator).get("/v1/known-partners/" + tenant).then()
                .statusCode(200).body("companyName", equalTo("Newer AB"));
    }

    static PartnerRegistered registered(UUID tenant, String company) {
        return new PartnerRegistered(tenant, "7654321", company, "NL", "nl-NL",
                new PartnerRegistered.Contact("Jan", "Jansen", "jan@contoso.nl"), null,
                java.util.List.of(new PartnerRegistered.Program("INDIRECT_PROVIDER", "ACTIVE", java.time.LocalDate.of(2019, 1, 1))));
    }
}
