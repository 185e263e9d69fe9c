package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.csptransition.relationship.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R4 indirect-reseller invitation to a customer over HTTP")
class CustomerInvitationsTest {

    static final String NEW_CUSTOMER = "{\"companyName\": \"Contoso\", \"domain\": \"contoso.onmicrosoft.com\", \"country\": \"SE\"}";

    @InjectInfra
    Infrastructure infra;

    @Inject
    MovableClock clock;

    Fixtures fixtures;
    UUID reseller;
    UUID provider;

    @BeforeEach
    void partnership() {
        fixtures = new Fixtures(infra);
        reseller = fixtures.transitionedPartner();
        provider = fixtures.provider();
        fixtures.partnership(provider, reseller);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ValidatableResponse invite(UUID by, UUID through, UUID customer) {
        return given().header("Authorization", fixtures.as(by, "AdminAgent")).contentType(ContentType.JSON)
                .body(customer == null ? "{\"indirectProviderTenantId\": \"%s\"}".formatted(through)
                        : "{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(through, customer))
                .post("/v1/customer-invitations").then();
    }

    ValidatableResponse accept(String invitation, UUID customer, String body) {
        return given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).contentType(ContentType.JSON).body(body)
                .post("/v1/customer-invitations/" + invitation + "/acceptance").then();
    }

    @Test
    @DisplayName("R4: a new customer accepts through the link: registered, reseller and provider partners of record with delegated admin; the events say so")
    void newCustomer() {
        String id = invite(reseller, provider, null).statusCode(201)
                .header("Location", containsString("/v1/customer-invitations/"))
                .body("status", equalTo("PENDING"))
                .body("emailDraft.locale", equalTo("sv-SE"))
                .body("emailDraft.subject", containsString("Inbjudan"))
                .extract().path("id");
        UUID customer = UUID.randomUUID();
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customer-invitations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("resellerName", equalTo("Fabrikam AB"));

        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).header("If-Match", "\"0\"")
                    .contentType(ContentType.JSON).body(NEW_CUSTOMER).post("/v1/customer-invitations/" + id + "/acceptance")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("customerTenantId", equalTo(customer.toString()));

            EventEnvelope accepted = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_INVITATION_ACCEPTED, e -> true);
            assertThat(Fixtures.fieldNames(accepted)).isEqualTo(Fixtures.sampleFieldNames(EventType.CUSTOMER_INVITATION_ACCEPTED));
            CustomerInvitationAccepted payload = accepted.payload(CustomerInvitationAccepted.class);
            assertThat(payload.invitationId()).hasToString(id);
            assertThat(payload.customerName()).isEqualTo("Contoso");
            assertThat(payload.resellerTenantId()).isEqualTo(reseller);
            assertThat(payload.providerTenantId()).isEqualTo(provider);
            CustomerRegistered registered = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_REGISTERED, e -> true)
                    .payload(CustomerRegistered.class);
            assertThat(registered.relationship()).isEqualTo("INDIRECT_RESELLER_CUSTOMER");
            assertThat(Fixtures.ofType(topic, customer.toString(), EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED))
                    .extracting(e -> e.payload(PartnerOfRecordAdded.class))
                    .allSatisfy(p -> {
                        assertThat(p.delegatedAdmin()).isTrue();
                        assertThat(p.via()).isEqualTo("INVITATION");
                    })
                    .extracting(PartnerOfRecordAdded::role).containsExactlyInAnyOrder("INDIRECT_RESELLER", "INDIRECT_PROVIDER");
            assertThat(Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, e -> true)
                    .payload(AgreementStatusChanged.class).status()).isEqualTo("ACCEPTANCE_REQUIRED");
        }
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200).body("items.role", containsInAnyOrder("INDIRECT_RESELLER", "INDIRECT_PROVIDER"))
                .body("items.delegatedAdmin", containsInAnyOrder(true, true));
        given().header("Authorization", fixtures.as(provider, "SalesAgent")).get("/v1/customers/" + customer)
                .then().statusCode(200).body("capabilities", hasItem("CREATE_ORDERS"));
    }

    @Test
    @DisplayName("R4: an existing direct-bill customer extended without delegated admin (R3) accepts: the provider gains delegated admin, the reseller is also its indirect reseller")
    void existingDirectBillCustomer() {
        UUID customer = fixtures.directBillCustomerOf(reseller);
        fixtures.extend(reseller, customer, provider);
        String id = invite(reseller, provider, customer).statusCode(201)
                .body("customerTenantId", equalTo(customer.toString())).extract().path("id");

        accept(id, customer, "{}").statusCode(200).body("status", equalTo("ACCEPTED"));

        given().header("Authorization", fixtures.as(reseller, "AdminAgent")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200)
                .body("items.find { it.partnerTenantId == '%s' }.delegatedAdmin".formatted(provider), equalTo(true))
                .body("items.find { it.partnerTenantId == '%s' }.via".formatted(provider), equalTo("INVITATION"))
                .body("items.findAll { it.partnerTenantId == '%s' }.role".formatted(reseller),
                        containsInAnyOrder("DIRECT_BILL_PARTNER", "INDIRECT_RESELLER"));
    }

    @Nested
    @DisplayName("R4 refuses, each with its code")
    class Refuses {

        @Test
        @DisplayName("an invitation is used once: 409 INVITATION_ALREADY_USED, also for another customer holding the link")
        void singleUse() {
            String id = invite(reseller, provider, null).statusCode(201).extract().path("id");
            UUID customer = UUID.randomUUID();
            accept(id, customer, NEW_CUSTOMER).statusCode(200);

            accept(id, customer, NEW_CUSTOMER).statusCode(409).body("code", equalTo("INVITATION_ALREADY_USED"));
            accept(id, UUID.randomUUID(), NEW_CUSTOMER).statusCode(409).body("code", equalTo("INVITATION_ALREADY_USED"));
        }

        @Test
        @DisplayName("an invitation expires (relationship.customer-invitations.validity, 30 days): 409 INVITATION_EXPIRED")
        void expires() {
            String id = invite(reseller, provider, null).statusCode(201).extract().path("id");

            clock.advance(Duration.ofDays(30).plusMinutes(1));

            accept(id, UUID.randomUUID(), NEW_CUSTOMER).statusCode(409).body("code", equalTo("INVITATION_EXPIRED"));
            given().header("Authorization", fixtures.as(reseller, "SalesAgent")).get("/v1/customer-invitations/" + id)
                    .then().body("status", equalTo("EXPIRED"));
        }

        @Test
        @DisplayName("a partner whose reseller program is not active: 422 RESELLER_PROGRAM_NOT_ACTIVE; a provider without partnership: 422 PARTNERSHIP_NOT_ACTIVE")
        void inviterRefusals() {
            invite(fixtures.directBillPartner(), provider, null).statusCode(422).body("code", equalTo("RESELLER_PROGRAM_NOT_ACTIVE"));
            invite(reseller, fixtures.provider(), null).statusCode(422).body("code", equalTo("PARTNERSHIP_NOT_ACTIVE"));
        }

        @Test
        @DisplayName("a new customer that does not say who it is: 422 CUSTOMER_PROFILE_REQUIRED")
        void profileRequired() {
            String id = invite(reseller, provider, null).statusCode(201).extract().path("id");

            accept(id, UUID.randomUUID(), "{}").statusCode(422).body("code", equalTo("CUSTOMER_PROFILE_REQUIRED"));
        }

        @Test
        @DisplayName("E7: a CSP partner tenant cannot accept (422 CUSTOMER_IS_CSP_PARTNER_TENANT); naming one that is not the reseller's customer is 404, like any tenant it is no party to")
        void cspTenant() {
            UUID partnerTenant = fixtures.directBillPartner();
            // not 422 CUSTOMER_IS_CSP_PARTNER_TENANT: that would tell a stranger the tenant is a CSP partner's
            invite(reseller, provider, partnerTenant).statusCode(404).body("code", equalTo("NOT_FOUND"));
            String id = invite(reseller, provider, null).statusCode(201).extract().path("id");

            accept(id, partnerTenant, NEW_CUSTOMER).statusCode(422).body("code", equalTo("CUSTOMER_IS_CSP_PARTNER_TENANT"));
        }
    }

    @Test
    @DisplayName("R4: an indirect reseller new to CSP invites as well (its en-GB locale gets the en-US draft), and its customer accepts")
    void resellerNewToCsp() {
        UUID newReseller = fixtures.partner("Litware Reseller AB", "SE", "en-GB", Fixtures.program(INDIRECT_RESELLER, "ACTIVE"));
        fixtures.partnership(provider, newReseller);
        String id = invite(newReseller, provider, null).statusCode(201)
                .body("emailDraft.locale", equalTo("en-US"))
                .body("emailDraft.subject", equalTo("Invitation: reseller relationship with Litware Reseller AB and "
                        + given().header("Authorization", fixtures.as(provider, "SalesAgent")).get("/v1/indirect-providers/" + provider)
                        .then().extract().path("companyName")))
                .extract().path("id");

        accept(id, UUID.randomUUID(), NEW_CUSTOMER).statusCode(200);
    }

    @Test
    @DisplayName("an invitation for an existing customer is its alone (another customer 404); only a CustomerAdmin accepts (403); a stale If-Match is 412; customerTenantId must be the reseller's customer (404)")
    void security() {
        UUID customer = fixtures.directBillCustomerOf(reseller);
        String id = invite(reseller, provider, customer).statusCode(201).extract().path("id");
        UUID stranger = UUID.randomUUID();

        given().header("Authorization", fixtures.as(stranger, "CustomerAdmin")).get("/v1/customer-invitations/" + id).then().statusCode(404);
        accept(id, stranger, NEW_CUSTOMER).statusCode(404);
        given().header("Authorization", fixtures.as(fixtures.directBillPartner(), "AdminAgent")).get("/v1/customer-invitations/" + id)
                .then().statusCode(404);
        given().header("Authorization", fixtures.as(customer, "AdminAgent")).contentType(ContentType.JSON).body("{}")
                .post("/v1/customer-invitations/" + id + "/acceptance").then().statusCode(403);
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body("{}").post("/v1/customer-invitations/" + id + "/acceptance").then().statusCode(412);
        invite(reseller, provider, fixtures.directBillCustomerOf(fixtures.directBillPartner())).statusCode(404);
        given().header("Authorization", fixtures.as(provider, "SalesAgent")).get("/v1/customer-invitations/" + id)
                .then().statusCode(200).body("resellerName", equalTo("Fabrikam AB"));
    }
}
