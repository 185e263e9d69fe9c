package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R3 reseller relationship extension over HTTP")
class RelationshipExtensionTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    static String extension(UUID provider, String attestedBy, Instant attestedAt) {
        return """
                { "indirectProviderTenantId": "%s", "customerConsent": { "attestedBy": %s, "attestedAt": %s } }
                """.formatted(provider, attestedBy == null ? "null" : "\"" + attestedBy + "\"",
                attestedAt == null ? "null" : "\"" + attestedAt + "\"");
    }

    ValidatableResponse extend(UUID partner, UUID customer, String body) {
        return given().header("Authorization", fixtures.as(partner, "AdminAgent")).contentType(ContentType.JSON).body(body)
                .post("/v1/customers/" + customer + "/relationship-extensions").then();
    }

    @Test
    @DisplayName("R3: the provider becomes partner of record without delegated admin, sees the customer and its billing profile; the events say so")
    void providerBecomesPartnerOfRecord() {
        UUID partner = fixtures.transitionedPartner();
        UUID provider = fixtures.provider();
        fixtures.partnership(provider, partner);
        UUID customer = fixtures.directBillCustomerOf(partner);
        Instant consentAt = Instant.parse("2026-11-20T10:00:00.250Z");
        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            String id = extend(partner, customer, extension(provider, "Anna Berg, IT manager", consentAt)).statusCode(201)
                    .header("Location", containsString("/v1/customers/" + customer + "/relationship-extensions/"))
                    .body("delegatedAdmin", equalTo(false))
                    .body("customerConsent.attestedBy", equalTo("Anna Berg, IT manager"))
                    .extract().path("id");

            EventEnvelope extended = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_RELATIONSHIP_EXTENDED, e -> true);
            assertThat(Fixtures.fieldNames(extended)).isEqualTo(Fixtures.sampleFieldNames(EventType.CUSTOMER_RELATIONSHIP_EXTENDED));
            RelationshipExtended payload = extended.payload(RelationshipExtended.class);
            assertThat(payload.extensionId()).hasToString(id);
            assertThat(payload.providerTenantId()).isEqualTo(provider);
            assertThat(payload.resellerName()).isEqualTo("Fabrikam AB");
            assertThat(payload.consent()).isEqualTo(new RelationshipExtended.Consent("Anna Berg, IT manager", consentAt));
            assertThat(payload.billingProfile().email()).isEqualTo("billing@contoso.se");
            assertThat(payload.billingProfile().address().city()).isEqualTo("Malmö");
            PartnerOfRecordAdded added = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED,
                    e -> e.payload(PartnerOfRecordAdded.class).partnerTenantId().equals(provider)).payload(PartnerOfRecordAdded.class);
            assertThat(added.role()).isEqualTo("INDIRECT_PROVIDER");
            assertThat(added.delegatedAdmin()).isFalse();
            assertThat(added.via()).isEqualTo("EXTENSION");
            AgreementStatusChanged status = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED,
                    e -> true).payload(AgreementStatusChanged.class);
            assertThat(status.providerTenantId()).isEqualTo(provider);
            assertThat(status.status()).isEqualTo("ACCEPTANCE_REQUIRED");
            assertThat(status.resellerTenantId()).isEqualTo(partner);
        }
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200)
                .body("items.find { it.partnerTenantId == '%s' }.via".formatted(provider), equalTo("EXTENSION"))
                .body("items.find { it.partnerTenantId == '%s' }.delegatedAdmin".formatted(provider), equalTo(false));
        String providerToken = fixtures.as(provider, "SalesAgent");
        given().header("Authorization", providerToken).get("/v1/customers/" + customer).then().statusCode(200)
                .body("callerRoles", hasItem("INDIRECT_PROVIDER"));
        given().header("Authorization", providerToken).get("/v1/customers/" + customer + "/billing-profile").then().statusCode(200)
                .body("email", equalTo("billing@contoso.se"));
        given().header("Authorization", providerToken).get("/v1/customers").then()
                .body("items.tenantId", hasItem(customer.toString()));
    }

    @Nested
    @DisplayName("R3 refuses, each with its own code")
    class Refuses {

        @Test
        @DisplayName("a partner that has not completed E6: 422 INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE")
        void beforeTransition() {
            UUID partner = fixtures.directBillPartner();
            UUID customer = fixtures.directBillCustomerOf(partner);

            extend(partner, customer, extension(fixtures.provider(), "Anna", Instant.now().minusSeconds(60))).statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE"));
        }

        @Test
        @DisplayName("an indirect-reseller customer: 422 NOT_A_DIRECT_BILL_CUSTOMER")
        void indirectResellerCustomer() {
            UUID partner = fixtures.transitionedPartner();
            UUID provider = fixtures.provider();
            fixtures.partnership(provider, partner);
            UUID customer = fixtures.indirectCustomerFor(provider, partner);
            UUID otherProvider = fixtures.provider();
            fixtures.partnership(otherProvider, partner);

            extend(partner, customer, extension(otherProvider, "Anna", Instant.now().minusSeconds(60))).statusCode(422)
                    .body("code", equalTo("NOT_A_DIRECT_BILL_CUSTOMER"));
        }

        @Test
        @DisplayName("a provider without an accepted partnership: 422 PARTNERSHIP_NOT_ACTIVE")
        void noPartnership() {
            UUID partner = fixtures.transitionedPartner();
            UUID customer = fixtures.directBillCustomerOf(partner);

            extend(partner, customer, extension(fixtures.provider(), "Anna", Instant.now().minusSeconds(60))).statusCode(422)
                    .body("code", equalTo("PARTNERSHIP_NOT_ACTIVE"));
        }

        @Test
        @DisplayName("no consent attested: 422 CUSTOMER_CONSENT_REQUIRED; consent dated in the future: 422 CUSTOMER_CONSENT_IN_FUTURE")
        void consent() {
            UUID partner = fixtures.transitionedPartner();
            UUID provider = fixtures.provider();
            fixtures.partnership(provider, partner);
            UUID customer = fixtures.directBillCustomerOf(partner);

            extend(partner, customer, "{\"indirectProviderTenantId\": \"" + provider + "\"}").statusCode(422)
                    .body("code", equalTo("CUSTOMER_CONSENT_REQUIRED")).body("errors[0].field", equalTo("customerConsent"));
            extend(partner, customer, extension(provider, null, Instant.now().minusSeconds(60))).statusCode(422)
                    .body("code", equalTo("CUSTOMER_CONSENT_REQUIRED"));
            extend(partner, customer, extension(provider, "Anna", Instant.now().plusSeconds(3600))).statusCode(422)
                    .body("code", equalTo("CUSTOMER_CONSENT_IN_FUTURE"));
        }

        @Test
        @DisplayName("the same provider twice: 409 PROVIDER_ALREADY_PARTNER_OF_RECORD")
        void twice() {
            UUID partner = fixtures.transitionedPartner();
            UUID provider = fixtures.provider();
            fixtures.partnership(provider, partner);
            UUID customer = fixtures.directBillCustomerOf(partner);
            fixtures.extend(partner, customer, provider);

            extend(partner, customer, extension(provider, "Anna", Instant.now().minusSeconds(60))).statusCode(409)
                    .body("code", equalTo("PROVIDER_ALREADY_PARTNER_OF_RECORD"));
        }
    }

    @Test
    @DisplayName("only the customer's partner extends it (others 404, a SalesAgent 403); a provider not extended to sees neither the customer nor its billing profile")
    void security() {
        UUID partner = fixtures.transitionedPartner();
        UUID provider = fixtures.provider();
        UUID otherProvider = fixtures.provider();
        fixtures.partnership(provider, partner);
        fixtures.partnership(otherProvider, partner);
        UUID customer = fixtures.directBillCustomerOf(partner);
        fixtures.extend(partner, customer, provider);

        extend(fixtures.transitionedPartner(), customer, extension(provider, "Anna", Instant.now().minusSeconds(60))).statusCode(404);
        given().header("Authorization", fixtures.as(partner, "SalesAgent")).contentType(ContentType.JSON)
                .body(extension(otherProvider, "Anna", Instant.now().minusSeconds(60)))
                .post("/v1/customers/" + customer + "/relationship-extensions").then().statusCode(403);
        given().header("Authorization", fixtures.as(otherProvider, "AdminAgent")).get("/v1/customers/" + customer)
                .then().statusCode(404);
        given().header("Authorization", fixtures.as(otherProvider, "AdminAgent")).get("/v1/customers/" + customer + "/billing-profile")
                .then().statusCode(404);
    }
}
