package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.eligibility.EventShapes;
import org.csptransition.eligibility.Operator;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E1 partner registration over HTTP")
class PartnerResourceTest {

    @InjectInfra
    Infrastructure infra;

    static final String BOTH_PROGRAMS = """
            { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" },
            { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2015-01-01" }""";

    static String aPartnerJson(UUID tenant, String partnerId, String email) {
        return aPartnerJson(tenant, partnerId, email, BOTH_PROGRAMS);
    }

    static String aPartnerJson(UUID tenant, String partnerId, String email, String programs) {
        return """
                { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE",
                  "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "%s" },
                  "mpnMembershipActive": true, "mpnAccountEmail": "mpn@fabrikam.se",
                  "bankInformation": { "provided": true, "verified": true, "accountLast4": "4321" },
                  "programs": [ %s ] }
                """.formatted(tenant, partnerId, email, programs);
    }

    static String aPartnerId() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    String operator() {
        return Operator.bearer(infra);
    }

    String tenant(UUID tenant, String... roles) {
        return "Bearer " + infra.jwts().token(tenant, roles);
    }

    UUID register() {
        UUID tenant = UUID.randomUUID();
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body(aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se"))
                .when().post("/v1/partners").then().statusCode(201);
        return tenant;
    }

    @Nested
    @DisplayName("registering")
    class Registering {

        @Test
        @DisplayName("an operator registers a partner: 201 with Location, and partner.registered.v1 goes out once, shaped like its golden sample")
        void operatorRegisters() {
            UUID tenant = UUID.randomUUID();
            String partnerId = aPartnerId();
            try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
                given().header("Authorization", operator()).header("X-Correlation-Id", "corr-" + tenant)
                        .contentType(ContentType.JSON).body(aPartnerJson(tenant, partnerId, "eva@fabrikam.se"))
                        .when().post("/v1/partners")
                        .then().statusCode(201)
                        .header("Location", containsString("/v1/partners/" + tenant))
                        .body("partnerId", equalTo(partnerId))
                        .body("programs.program", hasItem("DIRECT_BILL"))
                        .body("bankInformation.accountLast4", equalTo("4321"));

                EventEnvelope event = onlyEventAbout(topic, tenant);
                assertThat(event.type()).isEqualTo("partner.registered.v1");
                assertThat(event.source()).isEqualTo("/eligibility-service");
                assertThat(event.correlationid()).isEqualTo("corr-" + tenant);
                assertThat(EventShapes.fieldNames(event)).isEqualTo(EventShapes.fieldNames(EventJson.sample(EventType.PARTNER_REGISTERED)));
                PartnerRegistered payload = event.payload(PartnerRegistered.class);
                assertThat(payload.partnerId()).isEqualTo(partnerId);
                assertThat(payload.primaryContact().email()).isEqualTo("eva@fabrikam.se");
                assertThat(payload.preferredLocale()).isEqualTo("sv-SE");
            }
        }

        @Test
        @DisplayName("E6: a partner imported holding direct bill and indirect reseller completed the transition: partner.registered.v1 says when (its registration)")
        void importedAfterItsTransition() {
            UUID tenant = UUID.randomUUID();
            try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
                String createdAt = given().header("Authorization", operator()).contentType(ContentType.JSON)
                        .body(aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se"))
                        .when().post("/v1/partners")
                        .then().statusCode(201)
                        .body("programs.program", containsInAnyOrder("DIRECT_BILL", "INDIRECT_RESELLER"))
                        .extract().path("createdAt");

                PartnerRegistered payload = onlyEventAbout(topic, tenant).payload(PartnerRegistered.class);
                assertThat(payload.programs()).extracting(PartnerRegistered.Program::program)
                        .containsExactly("DIRECT_BILL", "INDIRECT_RESELLER");
                assertThat(payload.transitionCompletedAt()).isNotNull().isEqualTo(Instant.parse(createdAt));
            }
        }

        @Test
        @DisplayName("E6: a direct-bill-only partner has not completed the transition: partner.registered.v1 has no transitionCompletedAt")
        void directBillOnly() {
            UUID tenant = UUID.randomUUID();
            String directBillOnly = aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se",
                    "{ \"program\": \"DIRECT_BILL\", \"status\": \"ACTIVE\", \"since\": \"2017-03-01\" }");
            try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
                given().header("Authorization", operator()).contentType(ContentType.JSON).body(directBillOnly)
                        .when().post("/v1/partners")
                        .then().statusCode(201).body("programs.program", contains("DIRECT_BILL"));

                EventEnvelope event = onlyEventAbout(topic, tenant);
                assertThat(EventShapes.fieldNames(event)).as("the field is there, null").contains("data.transitionCompletedAt");
                PartnerRegistered payload = event.payload(PartnerRegistered.class);
                assertThat(payload.programs()).extracting(PartnerRegistered.Program::program).containsExactly("DIRECT_BILL");
                assertThat(payload.transitionCompletedAt()).isNull();
            }
        }

        @Test
        @DisplayName("E1: a free web-mail contact is refused with 422 CONTACT_EMAIL_NOT_WORK_EMAIL naming the field")
        void freeWebMailRefused() {
            given().header("Authorization", operator()).contentType(ContentType.JSON)
                    .body(aPartnerJson(UUID.randomUUID(), aPartnerId(), "eva@gmail.com"))
                    .when().post("/v1/partners")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("CONTACT_EMAIL_NOT_WORK_EMAIL"))
                    .body("errors[0].field", equalTo("primaryContact.email"));
        }

        @Test
        @DisplayName("E1: refusals answer in the caller's language: sv-SE gets each field's reason in Swedish, with Content-Language sv")
        void refusalInSwedish() {
            given().header("Authorization", operator()).header("Accept-Language", "sv-SE").contentType(ContentType.JSON)
                    .body(aPartnerJson(UUID.randomUUID(), "MPN-1", "eva@gmail.com"))
                    .when().post("/v1/partners")
                    .then().statusCode(422).contentType("application/problem+json").header("Content-Language", "sv")
                    .body("code", equalTo("PARTNER_ID_NOT_DIGITS"))
                    .body("errors.find { it.field == 'partnerId' }.message", equalTo("PartnerID (MPN-id) måste bestå av 1 till 10 siffror."))
                    .body("errors.find { it.field == 'primaryContact.email' }.message",
                            equalTo("Den primära kontaktpersonen måste ha en e-postadress i arbetet; gmail.com är en gratis webbmejltjänst."))
                    .body("errors.find { it.field == 'primaryContact.email' }.code", equalTo("CONTACT_EMAIL_NOT_WORK_EMAIL"));
        }

        @Test
        @DisplayName("the same tenant twice is a 409 PARTNER_ALREADY_REGISTERED")
        void duplicateTenant() {
            UUID tenant = register();
            given().header("Authorization", operator()).contentType(ContentType.JSON)
                    .body(aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se"))
                    .when().post("/v1/partners")
                    .then().statusCode(409).body("code", equalTo("PARTNER_ALREADY_REGISTERED"))
                    .body("detail", equalTo("Tenant " + tenant + " is already registered."));
        }

        @Test
        @DisplayName("E6 a GlobalAdmin registers only its own tenant (403 NOT_YOUR_TENANT) and claims no program (422 PROGRAMS_COME_FROM_ENROLLMENT); an AdminAgent cannot register (403)")
        void selfRegistrationLimits() {
            UUID tenant = UUID.randomUUID();
            given().header("Authorization", tenant(tenant, "GlobalAdmin")).contentType(ContentType.JSON)
                    .body(aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se"))
                    .when().post("/v1/partners")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("PROGRAMS_COME_FROM_ENROLLMENT"));
            given().header("Authorization", tenant(UUID.randomUUID(), "GlobalAdmin")).contentType(ContentType.JSON)
                    .body(aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se", ""))
                    .when().post("/v1/partners")
                    .then().statusCode(403).body("code", equalTo("NOT_YOUR_TENANT"));
            given().header("Authorization", tenant(tenant, "AdminAgent")).contentType(ContentType.JSON)
                    .body(aPartnerJson(tenant, aPartnerId(), "eva@fabrikam.se", ""))
                    .when().post("/v1/partners")
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().header("Authorization", operator()).when().get("/v1/partners/" + tenant).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("reading")
    class Reading {

        @Test
        @DisplayName("the tenant reads itself, the operator reads anyone, another tenant gets 404")
        void objectLevelAuthorisation() {
            UUID tenant = register();
            given().header("Authorization", tenant(tenant, "SalesAgent")).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200).body("tenantId", equalTo(tenant.toString()));
            given().header("Authorization", operator()).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200);
            given().header("Authorization", tenant(UUID.randomUUID(), "GlobalAdmin")).when().get("/v1/partners/" + tenant)
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        }
    }

    @Nested
    @DisplayName("every error is problem+json with a stable code, never a 500")
    class Errors {

        @Test
        @DisplayName("no token: 401 UNAUTHENTICATED")
        void noToken() {
            given().when().get("/v1/partners/" + UUID.randomUUID())
                    .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        }

        @Test
        @DisplayName("a token signed by another key: 401")
        void foreignToken() {
            String foreign = org.csptransition.infra.Jwts.ephemeral().token(UUID.randomUUID(), "ProgramOperator");
            given().header("Authorization", "Bearer " + foreign).when().get("/v1/partners/" + UUID.randomUUID())
                    .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        }

        @Test
        @DisplayName("malformed JSON: 400 MALFORMED_JSON")
        void malformedJson() {
            given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"tenantId\": ")
                    .when().post("/v1/partners")
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
        }

        @Test
        @DisplayName("missing fields: 400 VALIDATION_FAILED listing each field")
        void missingFields() {
            given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"companyName\": \"X\"}")
                    .when().post("/v1/partners")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", hasItem("tenantId"))
                    .body("errors.field", hasItem("primaryContact"));
        }

        @Test
        @DisplayName("an empty body: 400")
        void emptyBody() {
            given().header("Authorization", operator()).contentType(ContentType.JSON)
                    .when().post("/v1/partners")
                    .then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        @DisplayName("a wrong type or unknown enum value: 400 INVALID_FIELD naming the field")
        void wrongType() {
            String body = aPartnerJson(UUID.randomUUID(), aPartnerId(), "eva@fabrikam.se").replace("\"DIRECT_BILL\"", "\"DIRECT_DEBIT\"");
            given().header("Authorization", operator()).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/partners")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("INVALID_FIELD"))
                    .body("errors[0].field", equalTo("programs[0].program"));
            given().header("Authorization", operator()).contentType(ContentType.JSON)
                    .body(aPartnerJson(UUID.randomUUID(), aPartnerId(), "eva@fabrikam.se").replaceFirst("\"tenantId\": \"[^\"]+\"", "\"tenantId\": \"not-a-uuid\""))
                    .when().post("/v1/partners")
                    .then().statusCode(400).body("code", equalTo("INVALID_FIELD")).body("errors[0].field", equalTo("tenantId"));
        }

        @Test
        @DisplayName("a field that is not writable: 400 UNKNOWN_FIELD (no mass assignment)")
        void unknownField() {
            String body = aPartnerJson(UUID.randomUUID(), aPartnerId(), "eva@fabrikam.se").replace("\"companyName\"", "\"createdAt\": \"2020-01-01T00:00:00Z\", \"companyName\"");
            given().header("Authorization", operator()).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/partners")
                    .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("createdAt"));
        }

        @Test
        @DisplayName("an unsupported media type: 415")
        void unsupportedMediaType() {
            given().header("Authorization", operator()).contentType(ContentType.XML).body("<partner/>")
                    .when().post("/v1/partners")
                    .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        }

        @Test
        @DisplayName("an unknown route: 404, and a wrong method: 405")
        void unknownRoute() {
            given().header("Authorization", operator()).when().get("/v1/nothing-here")
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            given().header("Authorization", operator()).when().delete("/v1/partners")
                    .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"));
        }

        @Test
        @DisplayName("a path parameter that is not a tenant id: 404 (JAX-RS treats an unconvertible path as no match), never 500")
        void badPathParameter() {
            given().header("Authorization", operator()).when().get("/v1/partners/not-a-uuid")
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        }
    }

    /** The one event published about {@code tenant}, once it arrived. */
    private static EventEnvelope onlyEventAbout(TopicReader topic, UUID tenant) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !topic.eventsAbout(tenant.toString()).isEmpty());
        List<EventEnvelope> events = topic.eventsAbout(tenant.toString());
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
