package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E1 profile and attestations over HTTP")
class PartnerProfileResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    @Nested
    @DisplayName("E1 the GlobalAdmin updates its own profile")
    class Updating {

        @Test
        @DisplayName("contact, locale, MPN account e-mail and attestations change, and partner.updated.v1 goes out shaped like its sample")
        void updates() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
                given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("""
                        { "preferredLocale": "nl-NL",
                          "primaryContact": { "firstName": "Anna", "lastName": "de Vries", "email": "anna@fabrikam.nl" },
                          "mpnAccountEmail": "partners@fabrikam.nl",
                          "attestations": { "endorsementAuthority": true, "firstLevelSupport": true,
                                            "accountsReceivable": false, "managedServices": 3 } }""")
                        .when().patch("/v1/partners/" + tenant)
                        .then().statusCode(200)
                        .body("preferredLocale", equalTo("nl-NL"))
                        .body("primaryContact.email", equalTo("anna@fabrikam.nl"))
                        .body("attestations.endorsementAuthority", equalTo(true))
                        .body("attestations.managedServices", equalTo(3))
                        .body("attestations.attestedBy", equalTo("user@" + tenant))
                        .body("attestations.attestedAt", notNullValue());

                PartnerUpdated updated = Api.only(Api.awaitEvents(topic, tenant, EventType.PARTNER_UPDATED), EventType.PARTNER_UPDATED)
                        .payload(PartnerUpdated.class);
                assertThat(updated.preferredLocale()).isEqualTo("nl-NL");
                assertThat(updated.mpnAccountEmail()).isEqualTo("partners@fabrikam.nl");
                assertThat(updated.attestations()).isEqualTo(new PartnerUpdated.Attestations(true, true, false, 3));
            }
        }

        @Test
        @DisplayName("absent fields stay as they are")
        void partial() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            api.attestAll(tenant);
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON)
                    .body("{ \"attestations\": { \"accountsReceivable\": false } }")
                    .when().patch("/v1/partners/" + tenant)
                    .then().statusCode(200)
                    .body("attestations.endorsementAuthority", equalTo(true))
                    .body("attestations.accountsReceivable", equalTo(false))
                    .body("preferredLocale", equalTo("sv-SE"));
        }

        @Test
        @DisplayName("E1: a free web-mail contact is refused with 422 CONTACT_EMAIL_NOT_WORK_EMAIL, a bad locale with LOCALE_NOT_BCP47")
        void refusals() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON)
                    .body("{ \"preferredLocale\": \"swedish\", \"primaryContact\": { \"firstName\": \"E\", \"lastName\": \"L\", \"email\": \"e@gmail.com\" } }")
                    .when().patch("/v1/partners/" + tenant)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("LOCALE_NOT_BCP47"))
                    .body("errors.code", org.hamcrest.Matchers.hasItems("LOCALE_NOT_BCP47", "CONTACT_EMAIL_NOT_WORK_EMAIL"));
        }

        @Test
        @DisplayName("programs and PartnerID are not writable here: 400 UNKNOWN_FIELD; a negative count: 400 VALIDATION_FAILED")
        void notWritable() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON)
                    .body("{ \"programs\": [] }")
                    .when().patch("/v1/partners/" + tenant)
                    .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON)
                    .body("{ \"attestations\": { \"managedServices\": -1 } }")
                    .when().patch("/v1/partners/" + tenant)
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("attestations.managedServices"));
        }
    }

    @Nested
    @DisplayName("E1 security")
    class Security {

        @Test
        @DisplayName("only its own GlobalAdmin: another tenant's GlobalAdmin gets 404, a SalesAgent or the operator 403")
        void onlyItsGlobalAdmin() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            String body = "{ \"preferredLocale\": \"fr-FR\" }";
            given().header("Authorization", api.admin(UUID.randomUUID())).contentType(ContentType.JSON).body(body)
                    .when().patch("/v1/partners/" + tenant).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            given().header("Authorization", api.tenant(tenant, "SalesAgent")).contentType(ContentType.JSON).body(body)
                    .when().patch("/v1/partners/" + tenant).then().statusCode(403);
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body)
                    .when().patch("/v1/partners/" + tenant).then().statusCode(403);
        }

        @Test
        @DisplayName("reading shows programs with status and the enrollments (none yet)")
        void reading() {
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
            given().header("Authorization", api.tenant(tenant, "SalesAgent")).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200)
                    .body("supportPlan", equalTo("ASFP"))
                    .body("programs[0].program", equalTo("DIRECT_BILL"))
                    .body("programs[0].statusSince", equalTo("2017-03-01"))
                    .body("enrollments.directBill", org.hamcrest.Matchers.nullValue());
        }
    }
}
