package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** No input is a 500: the worst a client can send is answered 400 problem+json, naming the field where there is one. */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("the worst input is a 400 problem, never a 500")
class InputValidationTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;
    UUID partner;

    @BeforeEach
    void partner() {
        fixtures = new Fixtures(infra);
        partner = fixtures.directBillPartner();
    }

    ValidatableResponse create(String body) {
        return given().header("Authorization", fixtures.as(partner, "AdminAgent")).contentType(ContentType.JSON).body(body)
                .post("/v1/customers").then();
    }

    static ValidatableResponse badRequest(ValidatableResponse response) {
        return response.statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("R2: a 300-character company name, a line break in it, a NUL, a domain that is not one: 400 naming the field")
    void customerFields() {
        String valid = Fixtures.aCustomerJson("Contoso");
        badRequest(create(valid.replace("\"Contoso\"", "\"" + "C".repeat(300) + "\"")))
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("companyName"));
        badRequest(create(valid.replace("\"Contoso\"", "\"Contoso\\r\\nBcc: all@example.com\"")))
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("companyName"));
        badRequest(create(valid.replace("\"Contoso\"", "\"Con\\u0000toso\"")));
        badRequest(create(valid.replace("\"Stortorget 1\"", "\"Stortorget 1\\nX-Header: y\"")))
                .body("errors.field", hasItem("billingProfile.address.line1"));
        badRequest(create(valid.replaceFirst("\"domain\": \"[^\"]+\"", "\"domain\": \"contoso.se\\r\\nX: y\"")))
                .body("errors.field", hasItem("domain"));
        badRequest(create(valid.replaceFirst("\"domain\": \"[^\"]+\"", "\"domain\": \"" + "d".repeat(300) + ".se\"")))
                .body("errors.field", hasItem("domain"));
        badRequest(create(valid.replace("\"billing@contoso.se\"", "\"not an e-mail\"")))
                .body("errors.field", hasItem("billingProfile.email"));
    }

    @Test
    @DisplayName("R2: the operator's import is validated alike: a 300-character name or a line break in it is 400")
    void importFields() {
        String valid = Fixtures.anImportJson(UUID.randomUUID(), partner, "Contoso");
        badRequest(given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON)
                .body(valid.replace("\"Contoso\"", "\"" + "C".repeat(300) + "\"")).post("/v1/customer-imports").then())
                .body("errors.field", hasItem("companyName"));
        badRequest(given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON)
                .body(valid.replace("\"Contoso\"", "\"Contoso\\nAB\"")).post("/v1/customer-imports").then())
                .body("errors.field", hasItem("companyName"));
    }

    @Test
    @DisplayName("R5/R3/R4: a line break in a contact's name, a date in year 99999, a consent giver on two lines, a new customer's name on two lines: 400")
    void otherBodies() {
        UUID customer = fixtures.directBillCustomerOf(partner);
        String token = fixtures.as(partner, "AdminAgent");
        String attestation = """
                { "type": "MicrosoftCustomerAgreement", "templateId": "117a15d1", "dateAgreed": "%s",
                  "primaryContact": { "firstName": "%s", "lastName": "Berg", "email": "anna@contoso.se" } }
                """;
        badRequest(given().header("Authorization", token).contentType(ContentType.JSON)
                .body(attestation.formatted("2024-01-01", "Anna\\nBcc: x@example.com")).post("/v1/customers/" + customer + "/agreements").then())
                .body("errors.field", hasItem("primaryContact.firstName"));
        badRequest(given().header("Authorization", token).contentType(ContentType.JSON)
                .body(attestation.formatted("+99999-01-01", "Anna")).post("/v1/customers/" + customer + "/agreements").then());
        badRequest(given().header("Authorization", token).contentType(ContentType.JSON)
                .body(attestation.formatted("2024-01-01", "A".repeat(300))).post("/v1/customers/" + customer + "/agreements").then())
                .body("errors.field", hasItem("primaryContact.firstName"));
        badRequest(given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\", \"customerConsent\": {\"attestedBy\": \"Anna\\nBerg\", \"attestedAt\": \"2024-01-01T00:00:00Z\"}}"
                        .formatted(UUID.randomUUID())).post("/v1/customers/" + customer + "/relationship-extensions").then())
                .body("errors.field", hasItem("customerConsent.attestedBy"));
        badRequest(given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\", \"customerConsent\": {\"attestedBy\": \"Anna\", \"attestedAt\": \"+99999-01-01T00:00:00Z\"}}"
                        .formatted(UUID.randomUUID())).post("/v1/customers/" + customer + "/relationship-extensions").then());
        badRequest(given().header("Authorization", fixtures.as(UUID.randomUUID(), "CustomerAdmin")).contentType(ContentType.JSON)
                .body("{\"companyName\": \"Contoso\\r\\nAB\", \"domain\": \"contoso.se\", \"country\": \"SE\"}")
                .post("/v1/customer-invitations/" + UUID.randomUUID() + "/acceptance").then())
                .body("errors.field", hasItem("companyName"));
    }

    @Test
    @DisplayName("paging and query parameters out of range, or not of their type, are 400 problems")
    void queryParameters() {
        String token = fixtures.as(partner, "SalesAgent");
        badRequest(given().header("Authorization", token).queryParam("size", -1).get("/v1/customers").then())
                .body("code", equalTo("PAGE_SIZE_INVALID"));
        badRequest(given().header("Authorization", token).queryParam("size", "99999999999").get("/v1/customers").then());
        badRequest(given().header("Authorization", token).queryParam("continuationToken", "x".repeat(1000)).get("/v1/customers").then());
        badRequest(given().header("Authorization", token).queryParam("country", "S\u0000").get("/v1/indirect-providers").then());
        badRequest(given().header("Authorization", token).queryParam("indirectProviderTenantId", "not-a-uuid")
                .get("/v1/customers/" + UUID.randomUUID() + "/agreement-status").then())
                .body("code", anyOf(equalTo("VALIDATION_FAILED"), equalTo("INVALID_PARAMETER"), equalTo("MALFORMED_PARAMETER"), equalTo("INVALID_FIELD")));
    }
}
