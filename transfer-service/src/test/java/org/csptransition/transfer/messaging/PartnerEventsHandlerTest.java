package org.csptransition.transfer.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.Golden;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * partner-projection's {@code PartnerEventsHandler} and {@code /v1/known-partners}, as this service runs them: over the real
 * broker, in this service's schema, with its inbox.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("transfer-service learns partners from partner.events (the facts behind T3, E5 and E6)")
class PartnerEventsHandlerTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    EntityManager entityManager;

    String operator() {
        return Api.operatorBearer(infra);
    }

    @Test
    @DisplayName("the golden partner.registered.v1 becomes a known partner, readable by the operator and the tenant only")
    void goldenSampleBecomesKnownPartner() {
        EventEnvelope golden = EventJson.sample(EventType.PARTNER_REGISTERED);
        UUID tenant = UUID.fromString(golden.subject());

        TopicReader.publish(infra, golden);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).statusCode() == 200);
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("partnerId", equalTo("4234567"))
                .body("registered", equalTo(true))
                .body("indirectResellerStatus", equalTo("ACTIVE"))
                // E6 as the registration of a partner that completed its transition says it
                .body("indirectResellerEnrollmentComplete", equalTo(true))
                .body("indirectResellerEnrollmentCompletedAt", equalTo("2026-11-21T09:15:30.123Z"));
        given().header("Authorization", "Bearer " + infra.jwts().token(tenant, "AdminAgent"))
                .get("/v1/known-partners/" + tenant).then().statusCode(200);
        given().header("Authorization", "Bearer " + infra.jwts().token(UUID.randomUUID(), "AdminAgent"))
                .get("/v1/known-partners/" + tenant).then().statusCode(404);
    }

    @Test
    @DisplayName("the golden samples of partner.updated, partner.program.changed and indirectreseller.enrollment.completed apply in order")
    void goldenFollowUps() {
        Feed feed = new Feed(infra);
        UUID tenant = UUID.randomUUID();
        Map<String, UUID> ids = Map.of(Golden.SAMPLE_PARTNER, tenant);
        feed.publish(Golden.sample(EventType.PARTNER_REGISTERED, ids));
        feed.publish(Golden.sample(EventType.PARTNER_UPDATED, ids));
        feed.publish(Golden.sample(EventType.PARTNER_PROGRAM_CHANGED, ids));
        feed.awaitPartner(tenant, "directBillStatus", "RESTRICTED");
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("companyName", equalTo("Fabrikam AB")).body("preferredLocale", equalTo("sv-SE"));

        feed.publish(Golden.sample(EventType.INDIRECT_RESELLER_ENROLLMENT_COMPLETED, ids));
        feed.awaitPartner(tenant, "directBillStatus", "ACTIVE");
        // the golden registration already said E6 was complete: it happens once, and its first time is kept
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("indirectResellerEnrollmentComplete", equalTo(true))
                .body("indirectResellerEnrollmentCompletedAt", equalTo("2026-11-21T09:15:30.123Z"));
    }

    @Test
    @DisplayName("E6 is the fact eligibility publishes, never inferred: holding INDIRECT_RESELLER ACTIVE is not it; the enrollment event is")
    void transitionIsPublishedNotInferred() {
        Feed feed = new Feed(infra);
        UUID tenant = UUID.randomUUID();
        List<PartnerRegistered.Program> both = List.of(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1)),
                new PartnerRegistered.Program("INDIRECT_RESELLER", "ACTIVE", LocalDate.of(2026, 11, 1)));
        feed.publish(new PartnerRegistered(tenant, "4234568", "Litware AB", "SE", "sv-SE",
                new PartnerRegistered.Contact("Per", "Ek", "per@litware.example"), null, both, null));
        feed.awaitPartner(tenant, "registered", true);
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("indirectResellerStatus", equalTo("ACTIVE"))
                .body("indirectResellerEnrollmentComplete", equalTo(false));

        Instant completedAt = Instant.parse("2026-11-30T08:00:00Z");
        feed.publish(new IndirectResellerEnrollmentCompleted(tenant, UUID.randomUUID(), completedAt, both));
        feed.awaitPartner(tenant, "indirectResellerEnrollmentComplete", true);
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("indirectResellerEnrollmentCompletedAt", equalTo("2026-11-30T08:00:00Z"));
    }

    @Test
    @DisplayName("a program change learnt before the registration makes a partial row that the registration completes")
    void programBeforeRegistration() {
        Feed feed = new Feed(infra);
        UUID tenant = UUID.randomUUID();
        Map<String, UUID> ids = Map.of(Golden.SAMPLE_PARTNER, tenant);
        EventEnvelope registered = Golden.sample(EventType.PARTNER_REGISTERED, ids);
        feed.publish(Golden.at(Golden.sample(EventType.PARTNER_PROGRAM_CHANGED, ids), registered.time().plusDays(1)));
        feed.awaitPartner(tenant, "directBillStatus", "RESTRICTED");
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("registered", equalTo(false));
        feed.publish(registered);
        feed.awaitPartner(tenant, "partnerId", "4234567");
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .body("registered", equalTo(true))
                .body("directBillStatus", equalTo("RESTRICTED"));
    }

    @Test
    @DisplayName("the same event delivered twice is applied once: one inbox row, the same state")
    void duplicateDelivery() {
        Feed feed = new Feed(infra);
        UUID tenant = UUID.randomUUID();
        EventEnvelope changed = Golden.sample(EventType.PARTNER_PROGRAM_CHANGED, Map.of(Golden.SAMPLE_PARTNER, tenant));
        feed.publish(changed);
        feed.publish(changed);
        feed.publish(Golden.sample(EventType.PARTNER_REGISTERED, Map.of(Golden.SAMPLE_PARTNER, tenant)));
        feed.awaitPartner(tenant, "partnerId", "4234567");

        assertThat(inboxRows(changed.id())).isEqualTo(1);
    }

    @Test
    @DisplayName("an older fact arriving after a newer one does not overwrite it")
    void olderFactDoesNotOverwrite() {
        UUID tenant = UUID.randomUUID();
        PartnerRegistered newer = registered(tenant, "Newer AB");
        PartnerRegistered older = registered(tenant, "Older AB");
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();

        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now, null, newer));
        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now.minusMinutes(5), null, older));
        UUID marker = UUID.randomUUID();
        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now, null, registered(marker, "Marker AB"))
                .withSubject(tenant.toString()));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", operator()).get("/v1/known-partners/" + marker).statusCode() == 200);
        given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then()
                .statusCode(200).body("companyName", equalTo("Newer AB"));
    }

    long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    static PartnerRegistered registered(UUID tenant, String company) {
        return new PartnerRegistered(tenant, "7654321", company, "NL", "nl-NL",
                new PartnerRegistered.Contact("Jan", "Jansen", "jan@contoso.nl"), null,
                List.of(new PartnerRegistered.Program("INDIRECT_PROVIDER", "ACTIVE", LocalDate.of(2019, 1, 1))), null);
    }
}
