package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.csptransition.relationship.Fixtures.aCustomerJson;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("Refusals answer in the caller's language (Accept-Language), with the facts of the case filled in")
class RefusalLanguageTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    @Test
    @DisplayName("R3 in Swedish: the rule's refusal in detail, the field's refusal in errors[], each naming the partner")
    void extensionRefusedInSwedish() {
        UUID partner = fixtures.directBillPartner();
        UUID customer = fixtures.directBillCustomerOf(partner);
        UUID provider = fixtures.provider("Northwind Distribution AB", "SE");

        given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Accept-Language", "sv-SE")
                .contentType(ContentType.JSON)
                .body("""
                        { "indirectProviderTenantId": "%s", "customerConsent": { "attestedBy": "Anna Berg", "attestedAt": "%s" } }
                        """.formatted(provider, Instant.now().minusSeconds(60)))
                .post("/v1/customers/" + customer + "/relationship-extensions")
                .then().statusCode(422).header("Content-Language", "sv")
                .body("code", equalTo("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE"))
                .body("detail", equalTo("Endast en partner som har slutfört registreringen som indirekt återförsäljare (E6) kan utöka "
                        + "sina kundrelationer till en leverantör; det har Fabrikam AB inte gjort"))
                .body("errors[0].field", equalTo("indirectProviderTenantId"))
                .body("errors[0].code", equalTo("PARTNERSHIP_NOT_ACTIVE"))
                .body("errors[0].message", equalTo("Det finns inget aktivt partnerskap med Northwind Distribution AB; först bjuder "
                        + "leverantören in återförsäljaren och återförsäljaren accepterar (R1)"));
    }

    @Test
    @DisplayName("R2 in Swedish: a caller the read model does not know yet gets the retryable 503 NOT_YET_KNOWN with Retry-After, naming its tenant")
    void partnerNotKnownInSwedish() {
        UUID unknown = UUID.randomUUID();

        given().header("Authorization", fixtures.as(unknown, "AdminAgent")).header("Accept-Language", "sv-SE,en;q=0.5")
                .contentType(ContentType.JSON).body(aCustomerJson("Contoso")).post("/v1/customers")
                .then().statusCode(503).header("Content-Language", "sv").header("Retry-After", notNullValue())
                .body("code", equalTo("NOT_YET_KNOWN"))
                .body("detail", equalTo("Partnerns klientorganisation " + unknown + " är inte känd för relationship-service ännu; "
                        + "om den registrerades alldeles nyss, försök igen om en stund"))
                .body("context.tenantId", equalTo(unknown.toString()));
    }

    @Test
    @DisplayName("R2 not found in Swedish; in French; and in English without Accept-Language or for a language the suite does not speak")
    void notFoundInEachLanguage() {
        UUID partner = fixtures.directBillPartner();
        UUID customer = UUID.randomUUID();
        String token = fixtures.as(partner, "AdminAgent");

        given().header("Authorization", token).header("Accept-Language", "sv-SE").get("/v1/customers/" + customer)
                .then().statusCode(404).header("Content-Language", "sv").body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Customer " + customer + " hittades inte"));
        given().header("Authorization", token).header("Accept-Language", "fr-FR").get("/v1/customers/" + customer)
                .then().statusCode(404).header("Content-Language", "fr").body("detail", equalTo("Customer " + customer + " est introuvable"));
        given().header("Authorization", token).get("/v1/customers/" + customer)
                .then().statusCode(404).header("Content-Language", "en").body("detail", equalTo("Customer " + customer + " was not found"));
        given().header("Authorization", token).header("Accept-Language", "de-DE").get("/v1/customers/" + customer)
                .then().statusCode(404).header("Content-Language", "en").body("detail", equalTo("Customer " + customer + " was not found"));
    }
}
