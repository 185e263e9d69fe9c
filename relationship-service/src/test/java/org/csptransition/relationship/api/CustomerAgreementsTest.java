package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R5 Microsoft Customer Agreement over HTTP")
class CustomerAgreementsTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;
    UUID partner;
    UUID provider;
    UUID customer;

    /** A transitioned partner's direct-bill customer, extended to a provider (R3). */
    @BeforeEach
    void extendedCustomer() {
        fixtures = new Fixtures(infra);
        partner = fixtures.transitionedPartner();
        provider = fixtures.provider();
        fixtures.partnership(provider, partner);
        customer = fixtures.directBillCustomerOf(partner);
        fixtures.extend(partner, customer, provider);
    }

    static String attestation(LocalDate dateAgreed, String email) {
        return """
                { "type": "MicrosoftCustomerAgreement", "templateId": "117a15d1-0000-4000-8000-000000000001", "dateAgreed": "%s",
                  "primaryContact": { "firstName": "Anna", "lastName": "Berg", "email": "%s", "phoneNumber": "+46 40 123 456" } }
                """.formatted(dateAgreed, email);
    }

    ValidatableResponse attest(UUID by, String body) {
        return given().header("Authorization", fixtures.as(by, "AdminAgent")).contentType(ContentType.JSON).body(body)
                .post("/v1/customers/" + customer + "/agreements").then();
    }

    ValidatableResponse statusFor(UUID caller, UUID forProvider) {
        return given().header("Authorization", fixtures.as(caller, "SalesAgent")).queryParam("indirectProviderTenantId", forProvider)
                .get("/v1/customers/" + customer + "/agreement-status").then().statusCode(200);
    }

    ValidatableResponse signOwn(UUID by, boolean isSigned) {
        return given().header("Authorization", fixtures.as(by, "CustomerAdmin")).contentType(ContentType.JSON)
                .body("{\"isSigned\": " + isSigned + "}").put("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus").then();
    }

    @Test
    @DisplayName("R5: a direct-bill partner's attestation does not carry over: ACCEPTANCE_REQUIRED for the provider (ATTESTATION_NOT_CARRIED_OVER)")
    void partnerAttestationNotCarriedOver() {
        attest(partner, attestation(LocalDate.now().minusDays(3), "anna@contoso.se")).statusCode(201)
                .body("attesterRole", equalTo("DIRECT_BILL_PARTNER")).body("attestedByName", equalTo("Fabrikam AB"));

        statusFor(provider, provider).body("status", equalTo("ACCEPTANCE_REQUIRED")).body("basis", equalTo("NONE"))
                .body("reasonCode", equalTo("ATTESTATION_NOT_CARRIED_OVER")).body("explanation", notNullValue());
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).queryParam("agreementType", "MicrosoftCustomerAgreement")
                .get("/v1/customers/" + customer + "/agreements").then().statusCode(200)
                .body("items.primaryContact.email", contains("anna@contoso.se"));
    }

    @Test
    @DisplayName("R5: the provider's own attestation makes it ACCEPTED on PROVIDER_ATTESTATION, and customer.agreement.status.changed.v1 says so")
    void providerAttests() {
        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            attest(provider, attestation(LocalDate.now(), "anna@contoso.se")).statusCode(201).body("attesterRole", equalTo("INDIRECT_PROVIDER"));

            statusFor(partner, provider).body("status", equalTo("ACCEPTED")).body("basis", equalTo("PROVIDER_ATTESTATION"));
            AgreementStatusChanged changed = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED,
                    e -> e.payload(AgreementStatusChanged.class).status().equals("ACCEPTED")).payload(AgreementStatusChanged.class);
            assertThat(changed.previousStatus()).isEqualTo("ACCEPTANCE_REQUIRED");
            assertThat(changed.basis()).isEqualTo("PROVIDER_ATTESTATION");
            assertThat(changed.providerTenantId()).isEqualTo(provider);
        }
    }

    @Test
    @DisplayName("R5: the customer's own acceptance carries over to every provider; accepting again changes nothing and publishes nothing")
    void customersOwnAcceptance() {
        UUID otherProvider = fixtures.provider();
        fixtures.partnership(otherProvider, partner);
        fixtures.extend(partner, customer, otherProvider);
        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            signOwn(customer, true).statusCode(200).body("isSigned", equalTo(true)).body("signedAt", notNullValue());
            signOwn(customer, true).statusCode(200).body("isSigned", equalTo(true));

            statusFor(customer, provider).body("status", equalTo("ACCEPTED")).body("basis", equalTo("CUSTOMER_ACCEPTANCE"));
            statusFor(customer, otherProvider).body("status", equalTo("ACCEPTED"));
            // a later fact about the same customer (same key): once it is on the wire, a second change would be too
            UUID markerProvider = fixtures.provider();
            fixtures.partnership(markerProvider, partner);
            fixtures.extend(partner, customer, markerProvider);
            AgreementStatusChanged marker = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED,
                    e -> e.payload(AgreementStatusChanged.class).providerTenantId().equals(markerProvider)).payload(AgreementStatusChanged.class);
            assertThat(marker.status()).as("a provider added after the customer accepted starts ACCEPTED").isEqualTo("ACCEPTED");
            assertThat(Fixtures.ofType(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED).stream()
                    .map(e -> e.payload(AgreementStatusChanged.class))
                    .filter(e -> e.basis().equals("CUSTOMER_ACCEPTANCE") && !e.providerTenantId().equals(markerProvider)))
                    .as("one change per provider").extracting(AgreementStatusChanged::providerTenantId)
                    .containsExactlyInAnyOrder(provider, otherProvider);
        }
        given().header("Authorization", fixtures.as(provider, "SalesAgent"))
                .get("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus")
                .then().statusCode(200).body("isSigned", equalTo(true));
    }

    @Nested
    @DisplayName("R5 refuses, each with its code")
    class Refuses {

        @Test
        @DisplayName("a date agreed in the future: 422 AGREEMENT_DATE_IN_FUTURE on dateAgreed")
        void future() {
            attest(partner, attestation(LocalDate.now().plusDays(2), "anna@contoso.se")).statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("AGREEMENT_DATE_IN_FUTURE")).body("errors[0].field", equalTo("dateAgreed"));
        }

        @Test
        @DisplayName("an indirect reseller alone may not attest: 422 ATTESTATION_NOT_ALLOWED")
        void resellerAlone() {
            UUID reseller = fixtures.partner("Litware Reseller AB", "SE", "sv-SE", Fixtures.program(INDIRECT_RESELLER, "ACTIVE"));
            fixtures.partnership(provider, reseller);
            UUID indirectCustomer = fixtures.indirectCustomerFor(provider, reseller);

            given().header("Authorization", fixtures.as(reseller, "AdminAgent")).contentType(ContentType.JSON)
                    .body(attestation(LocalDate.now(), "anna@contoso.se")).post("/v1/customers/" + indirectCustomer + "/agreements")
                    .then().statusCode(422).body("code", equalTo("ATTESTATION_NOT_ALLOWED"));
        }

        @Test
        @DisplayName("the same partner with the same contact twice: 409 DUPLICATE_ATTESTATION")
        void duplicate() {
            attest(partner, attestation(LocalDate.now(), "anna@contoso.se")).statusCode(201);

            attest(partner, attestation(LocalDate.now().minusDays(1), "ANNA@contoso.se")).statusCode(409)
                    .body("code", equalTo("DUPLICATE_ATTESTATION"));
            attest(provider, attestation(LocalDate.now(), "anna@contoso.se")).statusCode(201);
        }

        @Test
        @DisplayName("the customer's acceptance withdrawn: 422 CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN; another agreement type: 400")
        void withdrawAndType() {
            signOwn(customer, false).statusCode(422).body("code", equalTo("CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN"));
            attest(partner, attestation(LocalDate.now(), "anna@contoso.se").replace("MicrosoftCustomerAgreement", "MicrosoftCloudAgreement"))
                    .statusCode(400).body("code", equalTo("INVALID_FIELD"));
        }
    }

    @Test
    @DisplayName("only parties: others 404; only the customer itself accepts for itself (another customer 404, a partner 403); a stale If-Match 412")
    void security() {
        UUID stranger = fixtures.directBillPartner();
        attest(stranger, attestation(LocalDate.now(), "anna@contoso.se")).statusCode(404);
        given().header("Authorization", fixtures.as(stranger, "SalesAgent")).queryParam("indirectProviderTenantId", provider)
                .get("/v1/customers/" + customer + "/agreement-status").then().statusCode(404);
        given().header("Authorization", fixtures.as(stranger, "SalesAgent")).get("/v1/customers/" + customer + "/agreements")
                .then().statusCode(404);
        signOwn(UUID.randomUUID(), true).statusCode(404);
        given().header("Authorization", fixtures.as(partner, "GlobalAdmin")).contentType(ContentType.JSON).body("{\"isSigned\": true}")
                .put("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus").then().statusCode(403);
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body("{\"isSigned\": true}").put("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus")
                .then().statusCode(412);
        given().header("Authorization", fixtures.as(partner, "SalesAgent")).get("/v1/customers/" + customer + "/agreement-status")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    @DisplayName("R5: GET /v1/agreements?agreementType=MicrosoftCustomerAgreement gives the template in force as Partner Center does; another type 400")
    void agreementMetadata() {
        given().header("Authorization", fixtures.as(partner, "AdminAgent")).queryParam("agreementType", "MicrosoftCustomerAgreement")
                .get("/v1/agreements").then().statusCode(200).body("totalCount", equalTo(1))
                .body("items[0].templateId", equalTo("117a15d1-0000-4000-8000-000000000001"))
                .body("items[0].agreementType", equalTo("MicrosoftCustomerAgreement"))
                .body("items[0].agreementLink", equalTo("https://aka.ms/customeragreement")).body("items[0].versionRank", equalTo(0));
        given().header("Authorization", fixtures.as(partner, "AdminAgent")).queryParam("agreementType", "MicrosoftCloudAgreement")
                .get("/v1/agreements").then().statusCode(400).body("code", equalTo("AGREEMENT_TYPE_UNKNOWN"));
        given().get("/v1/agreements").then().statusCode(401);
    }

    @Test
    @DisplayName("R5: an attestation naming another template id is refused 422 AGREEMENT_TEMPLATE_NOT_CURRENT with the current id, in the caller's language; nothing is recorded")
    void attestationNamesTheCurrentTemplate() {
        String old = attestation(LocalDate.now(), "anna@contoso.se").replace("117a15d1-0000-4000-8000-000000000001",
                "117a9d88-7b2b-4f9f-9e7e-0d5d2f8f1b2c");
        given().header("Authorization", fixtures.as(provider, "AdminAgent")).header("Accept-Language", "sv-SE").contentType(ContentType.JSON)
                .body(old).post("/v1/customers/" + customer + "/agreements").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("AGREEMENT_TEMPLATE_NOT_CURRENT"))
                .body("context.currentTemplateId", equalTo("117a15d1-0000-4000-8000-000000000001"))
                .body("detail", org.hamcrest.Matchers.containsString("intyga med 117a15d1-0000-4000-8000-000000000001"));
        given().header("Authorization", fixtures.as(provider, "SalesAgent")).get("/v1/customers/" + customer + "/agreements")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        statusFor(provider, provider).body("status", equalTo("ACCEPTANCE_REQUIRED"));
        attest(provider, attestation(LocalDate.now(), "anna@contoso.se").replace("117a15d1-0000-4000-8000-000000000001",
                "117A15D1-0000-4000-8000-000000000001")).statusCode(201);
    }
}
