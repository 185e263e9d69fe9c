package org.csptransition.relationship.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("relationship-service learns partners from partner.events")
class PartnerEventsHandlerTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    EntityManager entityManager;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    @Test
    @DisplayName("the golden partner.registered.v1 becomes a known partner, readable by the operator and the tenant only")
    void goldenSampleBecomesKnownPartner() {
        EventEnvelope golden = EventJson.sample(EventType.PARTNER_REGISTERED);
        UUID tenant = UUID.fromString(golden.subject());
        String operator = fixtures.operator();

        TopicReader.publish(infra, golden);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", operator).get("/v1/known-partners/" + tenant).statusCode() == 200);
        given().header("Authorization", operator).get("/v1/known-partners/" + tenant).then()
                .body("partnerId", equalTo("4234567"))
                .body("directBillStatus", equalTo("ACTIVE"))
                .body("indirectResellerStatus", equalTo("ACTIVE"))
                .body("indirectResellerEnrollmentComplete", equalTo(true))
                .body("indirectResellerEnrollmentCompletedAt", equalTo(golden.payload(PartnerRegistered.class).transitionCompletedAt().toString()));
        given().header("Authorization", fixtures.as(tenant, "AdminAgent"))
                .get("/v1/known-partners/" + tenant).then().statusCode(200);
        given().header("Authorization", fixtures.as(UUID.randomUUID(), "AdminAgent"))
                .get("/v1/known-partners/" + tenant).then().statusCode(404);
    }

    @Nested
    @DisplayName("each partner event updates the read model, shaped like its golden sample")
    class EachEvent {

        @Test
        @DisplayName("partner.updated.v1 refreshes the company name and the locale")
        void updated() {
            UUID tenant = fixtures.directBillPartner();
            PartnerUpdated golden = EventJson.sample(EventType.PARTNER_UPDATED).payload(PartnerUpdated.class);

            fixtures.publish(new PartnerUpdated(tenant, "Fabrikam Group AB", "en-GB", golden.primaryContact(),
                    golden.mpnAccountEmail(), golden.attestations()));

            fixtures.awaitKnown(tenant, p -> p.path("companyName").asText().equals("Fabrikam Group AB"));
            given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + tenant).then()
                    .body("preferredLocale", equalTo("en-GB")).body("directBillStatus", equalTo("ACTIVE"));
        }

        @Test
        @DisplayName("partner.program.changed.v1 changes one program's status (E5: RESTRICTED)")
        void programChanged() {
            UUID tenant = fixtures.directBillPartner();
            PartnerProgramChanged golden = EventJson.sample(EventType.PARTNER_PROGRAM_CHANGED).payload(PartnerProgramChanged.class);

            fixtures.publish(new PartnerProgramChanged(tenant, golden.program(), golden.previousStatus(), golden.status(),
                    golden.since(), golden.reasonCodes(), golden.capabilityReviewId()));

            fixtures.awaitKnown(tenant, p -> p.path("directBillStatus").asText().equals("RESTRICTED"));
        }

        @Test
        @DisplayName("indirectreseller.enrollment.completed.v1 marks E6 complete with the programs it lists")
        void enrollmentCompleted() {
            UUID tenant = fixtures.directBillPartner();
            IndirectResellerEnrollmentCompleted golden = EventJson.sample(EventType.INDIRECT_RESELLER_ENROLLMENT_COMPLETED)
                    .payload(IndirectResellerEnrollmentCompleted.class);

            fixtures.publish(new IndirectResellerEnrollmentCompleted(tenant, golden.enrollmentId(), golden.completedAt(),
                    golden.programs()));

            fixtures.awaitKnown(tenant, p -> p.path("indirectResellerEnrollmentComplete").asBoolean());
            given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + tenant).then()
                    .body("indirectResellerStatus", equalTo("ACTIVE")).body("directBillStatus", equalTo("ACTIVE"));
        }
    }

    @Test
    @DisplayName("E6 is the fact eligibility publishes: both programs without transitionCompletedAt is not complete, with it it is")
    void transitionIsPublishedNotInferred() {
        UUID imported = UUID.randomUUID();
        UUID afterTransition = UUID.randomUUID();
        Instant completedAt = Instant.parse("2026-11-20T08:00:00Z");
        List<PartnerRegistered.Program> both = List.of(Fixtures.program("DIRECT_BILL", "ACTIVE"),
                Fixtures.program("INDIRECT_RESELLER", "ACTIVE"));

        fixtures.publish(new PartnerRegistered(imported, Fixtures.aPartnerId(), "Fabrikam AB", "SE", "sv-SE",
                new PartnerRegistered.Contact("Eva", "Lind", "eva@fabrikam.se"), null, both, null));
        fixtures.publish(new PartnerRegistered(afterTransition, Fixtures.aPartnerId(), "Contoso AB", "SE", "sv-SE",
                new PartnerRegistered.Contact("Eva", "Lind", "eva@contoso.se"), null, both, completedAt));

        fixtures.awaitKnown(imported, p -> p.path("registered").asBoolean());
        fixtures.awaitKnown(afterTransition, p -> p.path("registered").asBoolean());
        given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + imported).then()
                .body("indirectResellerEnrollmentComplete", equalTo(false)).body("indirectResellerEnrollmentCompletedAt", nullValue());
        given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + afterTransition).then()
                .body("indirectResellerEnrollmentComplete", equalTo(true))
                .body("indirectResellerEnrollmentCompletedAt", equalTo(completedAt.toString()));
    }

    @Nested
    @DisplayName("delivery")
    class Delivery {

        @Test
        @DisplayName("events arriving before the partner's registration make a partial row that the registration fills: nothing lost, nothing crashes")
        void beforeRegistration() {
            UUID tenant = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now();
            publish(now.minusMinutes(1), new PartnerProgramChanged(tenant, "INDIRECT_PROVIDER", null, "ACTIVE", LocalDate.now(), List.of(), null));
            publish(now.minusMinutes(1), new PartnerUpdated(tenant, "Northwind Distribution AB", "nl-NL",
                    new PartnerRegistered.Contact("Jan", "Jansen", "jan@northwind.nl"), null, null));

            fixtures.awaitKnown(tenant, p -> p.path("companyName").asText().equals("Northwind Distribution AB"));
            given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + tenant).then()
                    .body("registered", equalTo(false)).body("partnerId", nullValue())
                    .body("indirectProviderStatus", equalTo("ACTIVE"));

            publish(now.minusMinutes(5), registered(tenant, "Northwind Old Name BV"));

            fixtures.awaitKnown(tenant, p -> p.path("registered").asBoolean());
            given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + tenant).then()
                    .body("partnerId", equalTo("7654321")).body("country", equalTo("NL"))
                    .body("companyName", equalTo("Northwind Distribution AB"))
                    .body("indirectProviderStatus", equalTo("ACTIVE"));
        }

        @Test
        @DisplayName("an older fact arriving after a newer one does not overwrite it")
        void olderFactDoesNotOverwrite() {
            UUID tenant = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now();

            publish(now, registered(tenant, "Newer AB"));
            publish(now.minusMinutes(5), registered(tenant, "Older AB"));
            UUID marker = UUID.randomUUID();
            TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/test", now, null, registered(marker, "Marker AB"))
                    .withSubject(tenant.toString()));

            fixtures.awaitKnown(marker, p -> true);
            given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + tenant).then()
                    .statusCode(200).body("companyName", equalTo("Newer AB"));
        }

        @Test
        @DisplayName("the same event delivered twice has one effect: one inbox row, the state of one application")
        void redelivery() {
            UUID tenant = fixtures.directBillPartner();
            EventEnvelope restricted = EventEnvelope.wrap(UUID.randomUUID(), "/eligibility-service", OffsetDateTime.now(), null,
                    new PartnerProgramChanged(tenant, "DIRECT_BILL", "ACTIVE", "RESTRICTED", LocalDate.now(), List.of("REVENUE"), null));

            TopicReader.publish(infra, restricted);
            TopicReader.publish(infra, restricted);
            publish(OffsetDateTime.now().plusSeconds(1), new PartnerUpdated(tenant, "Marker AB", "sv-SE",
                    new PartnerRegistered.Contact("Eva", "Lind", "eva@fabrikam.se"), null, null));

            // the marker shares the key, so both copies were consumed before it
            fixtures.awaitKnown(tenant, p -> p.path("companyName").asText().equals("Marker AB"));
            assertThat(inboxRows(restricted.id())).isEqualTo(1);
            given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + tenant).then()
                    .body("directBillStatus", equalTo("RESTRICTED"));
        }
    }

    private void publish(OffsetDateTime time, org.csptransition.platform.events.EventPayload payload) {
        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/eligibility-service", time, null, payload));
    }

    private long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }

    static PartnerRegistered registered(UUID tenant, String company) {
        return new PartnerRegistered(tenant, "7654321", company, "NL", "nl-NL",
                new PartnerRegistered.Contact("Jan", "Jansen", "jan@contoso.nl"), null,
                List.of(new PartnerRegistered.Program("INDIRECT_PROVIDER", "ACTIVE", LocalDate.of(2019, 1, 1))), null);
    }
}
