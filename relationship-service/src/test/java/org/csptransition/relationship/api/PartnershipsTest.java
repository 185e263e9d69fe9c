package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R1 provider–reseller partnership over HTTP")
class PartnershipsTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    String invitation(UUID provider, UUID reseller) {
        return given().header("Authorization", fixtures.as(provider, "AdminAgent")).contentType(ContentType.JSON)
                .body("{\"resellerPartnerId\": \"" + fixtures.partnerIdOf(reseller) + "\"}")
                .post("/v1/partnership-invitations").then().statusCode(201).extract().path("id");
    }

    @Nested
    @DisplayName("the happy path")
    class HappyPath {

        @Test
        @DisplayName("R1: a provider invites by PartnerID (201, PENDING, a link to accept) and partnership.invited.v1 goes out once, like its sample")
        void invite() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();
            try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
                String id = given().header("Authorization", fixtures.as(provider, "GlobalAdmin")).header("X-Correlation-Id", "corr-" + provider)
                        .contentType(ContentType.JSON).body("{\"resellerPartnerId\": \"" + fixtures.partnerIdOf(reseller) + "\"}")
                        .post("/v1/partnership-invitations")
                        .then().statusCode(201)
                        .header("Location", containsString("/v1/partnership-invitations/"))
                        .body("status", equalTo("PENDING"))
                        .body("resellerTenantId", equalTo(reseller.toString()))
                        .body("resellerName", equalTo("Fabrikam AB"))
                        .extract().path("id");
                given().header("Authorization", fixtures.as(reseller, "SalesAgent")).get("/v1/partnership-invitations/" + id)
                        .then().statusCode(200).header("ETag", equalTo("\"0\""))
                        .body("link", equalTo("http://127.0.0.1:8082/v1/partnership-invitations/" + id + "/acceptance"));

                EventEnvelope event = Fixtures.awaitOne(topic, id, EventType.PARTNERSHIP_INVITED, e -> true);
                assertThat(Fixtures.ofType(topic, id, EventType.PARTNERSHIP_INVITED)).hasSize(1);
                assertThat(event.source()).isEqualTo("/relationship-service");
                assertThat(event.correlationid()).isEqualTo("corr-" + provider);
                assertThat(Fixtures.fieldNames(event)).isEqualTo(Fixtures.sampleFieldNames(EventType.PARTNERSHIP_INVITED));
                PartnershipInvited invited = event.payload(PartnershipInvited.class);
                assertThat(invited.providerTenantId()).isEqualTo(provider);
                assertThat(invited.resellerName()).isEqualTo("Fabrikam AB");
                assertThat(invited.providerName()).startsWith("Northwind Distribution");
                assertThat(invited.link()).endsWith("/v1/partnership-invitations/" + id + "/acceptance");
            }
        }

        @Test
        @DisplayName("R1: the reseller's GlobalAdmin accepts → ACTIVE, partnership.accepted.v1, and each side lists the other")
        void accept() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();
            String id = invitation(provider, reseller);
            try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
                given().header("Authorization", fixtures.as(reseller, "GlobalAdmin")).header("If-Match", "\"0\"")
                        .post("/v1/partnership-invitations/" + id + "/acceptance")
                        .then().statusCode(200).body("status", equalTo("ACTIVE")).header("ETag", equalTo("\"1\""));

                PartnershipAccepted accepted = Fixtures.awaitOne(topic, id, EventType.PARTNERSHIP_ACCEPTED, e -> true)
                        .payload(PartnershipAccepted.class);
                assertThat(accepted.resellerTenantId()).isEqualTo(reseller);
                assertThat(accepted.resellerName()).isEqualTo("Fabrikam AB");
                assertThat(Fixtures.fieldNames(Fixtures.ofType(topic, id, EventType.PARTNERSHIP_ACCEPTED).get(0)))
                        .isEqualTo(Fixtures.sampleFieldNames(EventType.PARTNERSHIP_ACCEPTED));
            }
            given().header("Authorization", fixtures.as(reseller, "SalesAgent"))
                    .queryParam("relationship_type", "IsIndirectResellerOf").get("/v1/relationships")
                    .then().statusCode(200)
                    .body("items.id", contains(provider.toString()))
                    .body("items[0].relationshipType", equalTo("IsIndirectResellerOf"))
                    .body("items[0].state", equalTo("Active"))
                    .body("items[0].partnershipId", equalTo(id));
            given().header("Authorization", fixtures.as(provider, "AdminAgent"))
                    .queryParam("relationship_type", "IsIndirectCloudSolutionProviderOf").get("/v1/relationships")
                    .then().statusCode(200)
                    .body("items.id", contains(reseller.toString()))
                    .body("items[0].mpnId", equalTo(fixtures.partnerIdOf(reseller)));
        }

        @Test
        @DisplayName("R1: a partner whose indirect-reseller program becomes active through partner.program.changed.v1 can then accept")
        void programLearntFromEvents() {
            UUID provider = fixtures.provider();
            UUID partner = fixtures.directBillPartner();
            String id = invitation(provider, partner);
            String admin = fixtures.as(partner, "GlobalAdmin");
            given().header("Authorization", admin).post("/v1/partnership-invitations/" + id + "/acceptance")
                    .then().statusCode(422).body("code", equalTo("RESELLER_PROGRAM_NOT_ACTIVE"));

            fixtures.changeProgram(partner, INDIRECT_RESELLER, "ACTIVE");

            given().header("Authorization", admin).post("/v1/partnership-invitations/" + id + "/acceptance")
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
        }
    }

    @Nested
    @DisplayName("R1 refuses, each with its code")
    class Refusals {

        @Test
        @DisplayName("an invitation by a partner that is not an active provider: 422 PROVIDER_PROGRAM_NOT_ACTIVE")
        void notAProvider() {
            UUID notProvider = fixtures.transitionedPartner();
            UUID reseller = fixtures.transitionedPartner();
            given().header("Authorization", fixtures.as(notProvider, "AdminAgent")).contentType(ContentType.JSON)
                    .body("{\"resellerPartnerId\": \"" + fixtures.partnerIdOf(reseller) + "\"}")
                    .post("/v1/partnership-invitations").then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("PROVIDER_PROGRAM_NOT_ACTIVE"));
        }

        @Test
        @DisplayName("a PartnerID no known partner has: 422 RESELLER_PARTNER_ID_UNKNOWN naming the field; its own: CANNOT_PARTNER_WITH_ITSELF")
        void unknownOrSelf() {
            UUID provider = fixtures.provider();
            given().header("Authorization", fixtures.as(provider, "AdminAgent")).contentType(ContentType.JSON)
                    .body("{\"resellerPartnerId\": \"0000001\"}")
                    .post("/v1/partnership-invitations").then().statusCode(422)
                    .body("code", equalTo("RESELLER_PARTNER_ID_UNKNOWN")).body("errors[0].field", equalTo("resellerPartnerId"));
            given().header("Authorization", fixtures.as(provider, "AdminAgent")).contentType(ContentType.JSON)
                    .body("{\"resellerPartnerId\": \"" + fixtures.partnerIdOf(provider) + "\"}")
                    .post("/v1/partnership-invitations").then().statusCode(422).body("code", equalTo("CANNOT_PARTNER_WITH_ITSELF"));
        }

        @Test
        @DisplayName("a second invitation of the same reseller: 409 PARTNERSHIP_ALREADY_EXISTS; a second acceptance: 409 PARTNERSHIP_ALREADY_ACTIVE")
        void twice() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();
            UUID id = fixtures.partnership(provider, reseller);

            given().header("Authorization", fixtures.as(provider, "AdminAgent")).contentType(ContentType.JSON)
                    .body("{\"resellerPartnerId\": \"" + fixtures.partnerIdOf(reseller) + "\"}")
                    .post("/v1/partnership-invitations").then().statusCode(409).body("code", equalTo("PARTNERSHIP_ALREADY_EXISTS"));
            given().header("Authorization", fixtures.as(reseller, "GlobalAdmin")).post("/v1/partnership-invitations/" + id + "/acceptance")
                    .then().statusCode(409).body("code", equalTo("PARTNERSHIP_ALREADY_ACTIVE"));
        }
    }

    @Nested
    @DisplayName("security and idempotency")
    class Security {

        @Test
        @DisplayName("only the two parties read an invitation (others 404); only the invited reseller's GlobalAdmin accepts (provider 404, AdminAgent 403)")
        void parties() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();
            String id = invitation(provider, reseller);

            given().header("Authorization", fixtures.as(provider, "SalesAgent")).get("/v1/partnership-invitations/" + id)
                    .then().statusCode(200);
            given().header("Authorization", fixtures.as(UUID.randomUUID(), "GlobalAdmin")).get("/v1/partnership-invitations/" + id)
                    .then().statusCode(404);
            given().header("Authorization", fixtures.as(provider, "GlobalAdmin")).post("/v1/partnership-invitations/" + id + "/acceptance")
                    .then().statusCode(404);
            given().header("Authorization", fixtures.as(reseller, "AdminAgent")).post("/v1/partnership-invitations/" + id + "/acceptance")
                    .then().statusCode(403);
            given().header("Authorization", fixtures.as(reseller, "GlobalAdmin")).header("If-Match", "\"7\"")
                    .post("/v1/partnership-invitations/" + id + "/acceptance").then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
            given().header("Authorization", fixtures.as(reseller, "GlobalAdmin"))
                    .queryParam("relationship_type", "IsIndirectResellerOf").get("/v1/relationships")
                    .then().statusCode(200).body("items.id", not(hasItem(provider.toString())));
        }

        @Test
        @DisplayName("the same Idempotency-Key replays the first answer and invites once; an unknown relationship_type is a 400")
        void idempotentAndStrict() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();
            String body = "{\"resellerPartnerId\": \"" + fixtures.partnerIdOf(reseller) + "\"}";
            String key = UUID.randomUUID().toString();

            String first = given().header("Authorization", fixtures.as(provider, "AdminAgent")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/v1/partnership-invitations")
                    .then().statusCode(201).extract().path("id");
            given().header("Authorization", fixtures.as(provider, "AdminAgent")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/v1/partnership-invitations")
                    .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
            given().header("Authorization", fixtures.as(provider, "AdminAgent"))
                    .queryParam("relationship_type", "IsResellerOf").get("/v1/relationships")
                    .then().statusCode(400).body("code", equalTo("RELATIONSHIP_TYPE_UNKNOWN"))
                    .body("errors[0].field", equalTo("relationship_type"));
        }
    }
}
