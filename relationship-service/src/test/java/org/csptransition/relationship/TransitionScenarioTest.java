package org.csptransition.relationship;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.DIRECT_BILL;
import static org.csptransition.relationship.Fixtures.INDIRECT_PROVIDER;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.csptransition.relationship.Fixtures.program;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("Scenario R1–R5: a direct-bill partner moves a customer to its provider, partner state learnt from partner.* events")
class TransitionScenarioTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("enrolled → invited → accepted → extended → a partner's MCA attestation leaves ACCEPTANCE_REQUIRED → the customer's own acceptance makes it ACCEPTED")
    void directBillPartnerMovesACustomer() {
        Fixtures fixtures = new Fixtures(infra);
        UUID partner = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        String partnerId = Fixtures.aPartnerId();

        // the partners, as eligibility-service announces them
        fixtures.publish(new PartnerRegistered(provider, Fixtures.aPartnerId(), "Northwind Distribution AB", "SE", "sv-SE",
                new PartnerRegistered.Contact("Jan", "Jansen", "jan@northwind.se"), null, List.of(program(INDIRECT_PROVIDER, "ACTIVE")),
                null));
        fixtures.publish(new PartnerRegistered(partner, partnerId, "Fabrikam AB", "SE", "sv-SE",
                new PartnerRegistered.Contact("Eva", "Lind", "eva@fabrikam.se"), "mpn@fabrikam.se", List.of(program(DIRECT_BILL, "ACTIVE")),
                null));
        fixtures.awaitKnown(provider, p -> true);
        fixtures.awaitKnown(partner, p -> true);
        String partnerAdmin = fixtures.as(partner, "GlobalAdmin", "AdminAgent");
        String providerAdmin = fixtures.as(provider, "GlobalAdmin", "AdminAgent");

        // R1: the provider invites; before E6 the partner cannot accept
        String partnership = given().header("Authorization", providerAdmin).contentType(ContentType.JSON)
                .body("{\"resellerPartnerId\": \"" + partnerId + "\"}").post("/v1/partnership-invitations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", partnerAdmin).post("/v1/partnership-invitations/" + partnership + "/acceptance")
                .then().statusCode(422).body("code", equalTo("RESELLER_PROGRAM_NOT_ACTIVE"));

        // E6 completes in eligibility-service; the completed event is delivered twice
        EventEnvelope completed = EventEnvelope.wrap(UUID.randomUUID(), "/eligibility-service", OffsetDateTime.now(), null,
                new IndirectResellerEnrollmentCompleted(partner, UUID.randomUUID(), Instant.now(),
                        List.of(program(DIRECT_BILL, "ACTIVE"), new PartnerRegistered.Program(INDIRECT_RESELLER, "ACTIVE", LocalDate.now()))));
        TopicReader.publish(infra, completed);
        TopicReader.publish(infra, completed);
        fixtures.publish(new PartnerProgramChanged(partner, INDIRECT_RESELLER, null, "ACTIVE", LocalDate.now(),
                List.of("INDIRECT_RESELLER_ENROLLMENT_COMPLETED"), null));
        fixtures.awaitKnown(partner, p -> p.path("indirectResellerEnrollmentComplete").asBoolean()
                && "ACTIVE".equals(p.path("indirectResellerStatus").asText()));

        given().header("Authorization", partnerAdmin).post("/v1/partnership-invitations/" + partnership + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().header("Authorization", partnerAdmin).queryParam("relationship_type", "IsIndirectResellerOf").get("/v1/relationships")
                .then().body("items[0].name", equalTo("Northwind Distribution AB"));

        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            // R2: its existing direct-bill customer; R3: extended to the provider with the customer's consent
            UUID customer = fixtures.directBillCustomerOf(partner);
            fixtures.extend(partner, customer, provider);
            agreementStatus(fixtures, partner, customer, provider).body("status", equalTo("ACCEPTANCE_REQUIRED"));

            // R5: the partner's attestation does not carry over to the provider
            given().header("Authorization", partnerAdmin).contentType(ContentType.JSON).body("""
                            { "type": "MicrosoftCustomerAgreement", "templateId": "117a15d1-0000-4000-8000-000000000001",
                              "dateAgreed": "%s", "primaryContact": { "firstName": "Anna", "lastName": "Berg", "email": "anna@contoso.se" } }
                            """.formatted(LocalDate.now().minusMonths(2)))
                    .post("/v1/customers/" + customer + "/agreements").then().statusCode(201);
            agreementStatus(fixtures, provider, customer, provider).body("status", equalTo("ACCEPTANCE_REQUIRED"))
                    .body("reasonCode", equalTo("ATTESTATION_NOT_CARRIED_OVER"));

            // R5: the customer's own acceptance carries over
            given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).contentType(ContentType.JSON).body("{\"isSigned\": true}")
                    .put("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus").then().statusCode(200);
            agreementStatus(fixtures, provider, customer, provider).body("status", equalTo("ACCEPTED"))
                    .body("basis", equalTo("CUSTOMER_ACCEPTANCE"));

            // what transfer-service and notification-service learn, in order
            Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED,
                    e -> e.payload(AgreementStatusChanged.class).status().equals("ACCEPTED"));
            assertThat(topic.eventsAbout(customer.toString())).extracting(EventEnvelope::type).containsExactly(
                    "customer.registered.v1", "customer.partner-of-record.added.v1", "customer.relationship.extended.v1",
                    "customer.partner-of-record.added.v1", "customer.agreement.status.changed.v1", "customer.agreement.status.changed.v1");
            List<EventEnvelope> events = topic.eventsAbout(customer.toString());
            PartnerOfRecordAdded providerOfRecord = events.get(3).payload(PartnerOfRecordAdded.class);
            assertThat(providerOfRecord.partnerName()).isEqualTo("Northwind Distribution AB");
            assertThat(providerOfRecord.delegatedAdmin()).isFalse();
            assertThat(events.get(4).payload(AgreementStatusChanged.class))
                    .extracting(AgreementStatusChanged::status, AgreementStatusChanged::basis, AgreementStatusChanged::resellerName)
                    .containsExactly("ACCEPTANCE_REQUIRED", "NONE", "Fabrikam AB");
            assertThat(events.get(5).payload(AgreementStatusChanged.class))
                    .extracting(AgreementStatusChanged::previousStatus, AgreementStatusChanged::status, AgreementStatusChanged::basis)
                    .containsExactly("ACCEPTANCE_REQUIRED", "ACCEPTED", "CUSTOMER_ACCEPTANCE");
        }
    }

    private static io.restassured.response.ValidatableResponse agreementStatus(Fixtures fixtures, UUID caller, UUID customer, UUID provider) {
        return given().header("Authorization", fixtures.as(caller, "SalesAgent")).queryParam("indirectProviderTenantId", provider)
                .get("/v1/customers/" + customer + "/agreement-status").then().statusCode(200);
    }
}
