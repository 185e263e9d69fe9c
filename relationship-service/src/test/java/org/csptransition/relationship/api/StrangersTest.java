package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strangers get 404: a tenant that is no party to a customer, a partnership or an invitation gets the same answer as for
 * an id that does not exist, whether the read model knows the stranger or not ("not yet known" is only for a party whose
 * facts are on their way).
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("strangers get 404 on every read and act, known to the read model or not")
class StrangersTest {

    static final String[] PARTNER_ROLES = {"GlobalAdmin", "AdminAgent", "SalesAgent"};

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;
    UUID partner;
    UUID provider;
    UUID customer;
    String partnership;
    String extension;
    String attestation;
    String invitation;

    @BeforeEach
    void objects() {
        fixtures = new Fixtures(infra);
        partner = fixtures.transitionedPartner();
        provider = fixtures.provider();
        partnership = fixtures.partnership(provider, partner).toString();
        customer = fixtures.directBillCustomerOf(partner);
        extension = given().header("Authorization", fixtures.as(partner, "AdminAgent")).contentType(ContentType.JSON)
                .body("""
                        { "indirectProviderTenantId": "%s",
                          "customerConsent": { "attestedBy": "Anna Berg, IT manager", "attestedAt": "%s" } }
                        """.formatted(provider, Instant.now().minusSeconds(3600)))
                .post("/v1/customers/" + customer + "/relationship-extensions").then().statusCode(201).extract().path("id");
        attestation = given().header("Authorization", fixtures.as(partner, "AdminAgent")).contentType(ContentType.JSON)
                .body(attestationJson()).post("/v1/customers/" + customer + "/agreements").then().statusCode(201).extract().path("id");
        invitation = given().header("Authorization", fixtures.as(partner, "AdminAgent")).contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, customer))
                .post("/v1/customer-invitations").then().statusCode(201).extract().path("id");
    }

    static String attestationJson() {
        return """
                { "type": "MicrosoftCustomerAgreement", "templateId": "117a15d1-0000-4000-8000-000000000001", "dateAgreed": "%s",
                  "primaryContact": { "firstName": "Anna", "lastName": "Berg", "email": "anna@contoso.se" } }
                """.formatted(LocalDate.now().minusDays(1));
    }

    @Test
    @DisplayName("R2-R5: a partner the read model knows, and one it does not know yet, both get 404 on the customer, its extension, agreements and invitation")
    void partnerStrangers() {
        for (UUID stranger : new UUID[] {fixtures.transitionedPartner(), UUID.randomUUID()}) {
            assertAllNotFound(fixtures.as(stranger, PARTNER_ROLES), stranger);
        }
    }

    @Test
    @DisplayName("R2-R5: another customer's admin gets 404 on the customer, its agreements and the invitation addressed to it")
    void customerStrangers() {
        String token = fixtures.as(UUID.randomUUID(), "CustomerAdmin");
        expect404(token, r -> r.get("/v1/customers/" + customer));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/relationships"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/billing-profile"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/relationship-extensions/" + extension));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/agreements"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/agreements/" + attestation));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus"));
        expect404(token, r -> r.contentType(ContentType.JSON).body("{\"isSigned\": true}")
                .put("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus"));
        expect404(token, r -> r.queryParam("indirectProviderTenantId", provider).get("/v1/customers/" + customer + "/agreement-status"));
        expect404(token, r -> r.get("/v1/customer-invitations/" + invitation));
        expect404(token, r -> r.contentType(ContentType.JSON).body("{}").post("/v1/customer-invitations/" + invitation + "/acceptance"));
    }

    void assertAllNotFound(String token, UUID stranger) {
        expect404(token, r -> r.get("/v1/customers/" + customer));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/relationships"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/billing-profile"));
        expect404(token, r -> r.contentType(ContentType.JSON).body("""
                        { "indirectProviderTenantId": "%s",
                          "customerConsent": { "attestedBy": "Anna Berg", "attestedAt": "%s" } }
                        """.formatted(provider, Instant.now().minusSeconds(60)))
                .post("/v1/customers/" + customer + "/relationship-extensions"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/relationship-extensions/" + extension));
        expect404(token, r -> r.contentType(ContentType.JSON).body(attestationJson()).post("/v1/customers/" + customer + "/agreements"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/agreements"));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/agreements/" + attestation));
        expect404(token, r -> r.get("/v1/customers/" + customer + "/directSignedMicrosoftCustomerAgreementStatus"));
        expect404(token, r -> r.queryParam("indirectProviderTenantId", provider).get("/v1/customers/" + customer + "/agreement-status"));
        expect404(token, r -> r.contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, customer))
                .post("/v1/customer-invitations"));
        expect404(token, r -> r.get("/v1/customer-invitations/" + invitation));
        expect404(token, r -> r.get("/v1/partnership-invitations/" + partnership));
        expect404(token, r -> r.post("/v1/partnership-invitations/" + partnership + "/acceptance"));
        expect404(token, r -> r.contentType(ContentType.JSON).body("{\"summary\": \"Ours now\"}")
                .put("/v1/indirect-providers/" + provider + "/offer"));
        // and the same answer as for ids that do not exist at all
        expect404(token, r -> r.get("/v1/customers/" + UUID.randomUUID()));
        expect404(token, r -> r.contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, UUID.randomUUID()))
                .post("/v1/customer-invitations"));
        assertThat(stranger).isNotIn(partner, provider, customer);
    }

    static void expect404(String token, Function<RequestSpecification, io.restassured.response.Response> request) {
        var response = request.apply(given().header("Authorization", token));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>path("code")).isEqualTo("NOT_FOUND");
    }
}
