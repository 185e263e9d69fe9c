package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T3 step 1 over HTTP: the request, its effects and every refusal code")
class CreateTransferTest {

    @InjectInfra
    Infrastructure infra;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    @Nested
    @DisplayName("T3 effects")
    class Effects {

        @Test
        @DisplayName("201 Active for 30 days: add-ons joined their base, quantities of the moment, the PartnerID on record, transfer.created.v1")
        void created() {
            UUID base = world.office365(25);
            UUID addOn = world.addOn(base, 25);
            UUID azure = world.azure();
            String partnerId = world.api.operator().get("/v1/known-partners/" + world.partner).path("partnerId");

            Response response = world.create(base, azure);
            response.then().statusCode(201)
                    .header("Location", containsString(world.transfers() + "/"))
                    .body("status", equalTo("Active"))
                    .body("stage", equalTo("AWAITING_PROVIDER_DECISION"))
                    .body("customerName", equalTo(World.CUSTOMER_NAME))
                    .body("sourcePartnerName", equalTo("Fabrikam AB"))
                    .body("targetPartnerName", equalTo(World.PROVIDER_NAME))
                    .body("lineItems", hasSize(2))
                    .body("lineItems[0].subscriptionId", equalTo(base.toString()))
                    .body("lineItems[0].quantity", equalTo(25))
                    .body("lineItems[0].currentQuantity", equalTo(25))
                    .body("lineItems[0].partnerIdOnRecord", equalTo(partnerId))
                    .body("lineItems[0].status", equalTo("Pending"))
                    .body("lineItems[0].transferGroupId", equalTo(base.toString()))
                    .body("lineItems[0].addonItems", hasSize(1))
                    .body("lineItems[0].addonItems[0].subscriptionId", equalTo(addOn.toString()))
                    .body("lineItems[1].subscriptionId", equalTo(azure.toString()));
            Instant created = Instant.parse(response.path("createdTime"));
            assertThat(Instant.parse(response.path("expirationTime"))).isEqualTo(created.plus(Duration.ofDays(30)));

            String id = response.path("id");
            try (Events events = new Events(infra)) {
                EventEnvelope event = Events.only(events.awaitAbout(id, EventType.TRANSFER_CREATED), EventType.TRANSFER_CREATED);
                Events.assertGoldenShape(event);
                assertThat(event.data().get("lines")).hasSize(3);
                assertThat(event.data().get("partnerIdOnRecord").asText()).isEqualTo(partnerId);
                assertThat(event.data().get("targetPartnerName").asText()).isEqualTo(World.PROVIDER_NAME);
                assertThat(event.data().get("createdBy").asText()).isEqualTo("user@" + world.partner);
            }
        }

        @Test
        @DisplayName("source and target read it with an ETag; anybody else gets 404")
        void visibility() {
            String id = world.created(world.office365(5));
            world.api.agent(world.partner).get(world.transfer(id)).then().statusCode(200).header("ETag", notNullValue());
            world.api.as(world.provider, "SalesAgent").get(world.transfer(id)).then().statusCode(200);
            world.api.agent(UUID.randomUUID()).get(world.transfer(id)).then().statusCode(404);
            // the operator is no party: with a partner role it gets 404; ProgramOperator alone admits no transfer read (403)
            world.api.as(Jwts.OPERATOR_TENANT, "ProgramOperator", "AdminAgent").get(world.transfer(id)).then().statusCode(404);
            world.api.operator().get(world.transfer(id)).then().statusCode(403);
            world.api.agent(world.partner).get("/v1/customers/" + UUID.randomUUID() + "/transfers/" + id).then().statusCode(404);
        }

        @Test
        @DisplayName("only an AdminAgent requests: a SalesAgent gets 403")
        void role() {
            world.api.as(world.partner, "SalesAgent").body(World.newTransfer(world.provider, world.office365(5)))
                    .post(world.transfers()).then().statusCode(403);
        }

        @Test
        @DisplayName("Idempotency-Key: the same key and body replay the first answer; another body with it is 422")
        void idempotency() {
            UUID subscription = world.office365(5);
            String body = World.newTransfer(world.provider, subscription);
            Response first = world.api.agent(world.partner).header("Idempotency-Key", "create-1").body(body).post(world.transfers());
            Response again = world.api.agent(world.partner).header("Idempotency-Key", "create-1").body(body).post(world.transfers());

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
            world.api.agent(world.partner).header("Idempotency-Key", "create-1")
                    .body(World.newTransfer(world.provider, world.office365(6))).post(world.transfers())
                    .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        }
    }

    @Nested
    @DisplayName("T3 refusals, each with its own code")
    class Refusals {

        void refused(Response response, int status, String code) {
            response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
        }

        @Test
        @DisplayName("E6 not complete: 409 INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED")
        void enrollment() {
            UUID partner = world.feed.directBillPartner("Litware AB", false);
            UUID customer = world.feed.directBillCustomerOf(partner, "Adatum");
            UUID subscription = world.api.importOffice365(customer, partner, 3);
            refused(world.api.agent(partner).body(World.newTransfer(world.provider, subscription))
                    .post("/v1/customers/" + customer + "/transfers"), 409, "INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED");
        }

        @Test
        @DisplayName("a provider that is not the customer's partner of record: 409 PROVIDER_NOT_PARTNER_OF_RECORD; not a provider: 422")
        void provider() {
            UUID other = world.feed.provider("Tailspin Distribution");
            UUID subscription = world.office365(3);
            refused(world.api.agent(world.partner).body(World.newTransfer(other, subscription)).post(world.transfers()),
                    409, "PROVIDER_NOT_PARTNER_OF_RECORD");
            UUID reseller = world.feed.directBillPartner("Not A Provider AB", true);
            refused(world.api.agent(world.partner).body(World.newTransfer(reseller, subscription)).post(world.transfers()),
                    422, "TARGET_NOT_INDIRECT_PROVIDER");
        }

        @Test
        @DisplayName("MCA not accepted: 409 MCA_NOT_ACCEPTED; no MCA status learnt yet: 503 with Retry-After, and the retry succeeds once it arrives")
        void mca() {
            UUID provider = world.feed.provider("Fourth Coffee Distribution");
            world.feed.extend(world.customer, World.CUSTOMER_NAME, world.partner, provider, "Fourth Coffee Distribution", null);
            UUID subscription = world.office365(3);
            String body = World.newTransfer(provider, subscription);

            world.api.agent(world.partner).body(body).post(world.transfers()).then().statusCode(503)
                    .header("Retry-After", equalTo("2")).body("code", equalTo("NOT_YET_KNOWN"))
                    .body("context.fact", equalTo("agreement-status"));
            world.feed.agreement(world.customer, World.CUSTOMER_NAME, provider, "Fourth Coffee Distribution", world.partner, "ACCEPTANCE_REQUIRED");
            refused(world.api.agent(world.partner).body(body).post(world.transfers()), 409, "MCA_NOT_ACCEPTED");
            world.feed.agreement(world.customer, World.CUSTOMER_NAME, provider, "Fourth Coffee Distribution", world.partner, "ACCEPTED");
            world.api.agent(world.partner).body(body).post(world.transfers()).then().statusCode(201);
        }

        @Test
        @DisplayName("an unknown provider: 503 NOT_YET_KNOWN, never a yes; a customer the partner is no party to: 404, never 'retry'")
        void unknown() {
            UUID subscription = world.office365(3);
            world.api.agent(world.partner).body(World.newTransfer(UUID.randomUUID(), subscription)).post(world.transfers())
                    .then().statusCode(503).body("context.fact", equalTo("partner"));
            // a customer this service knows no tie of the partner to (none known yet, or none at all) answers like a stranger's
            world.api.agent(world.partner).body(World.newTransfer(world.provider, subscription))
                    .post("/v1/customers/" + UUID.randomUUID() + "/transfers")
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }

        @Test
        @DisplayName("a party whose own profile has not arrived yet: 503 NOT_YET_KNOWN (partner); a stranger, known or not: 404")
        void partyNotYetKnownStrangerNotFound() {
            UUID unregistered = UUID.randomUUID();
            UUID theirs = world.feed.directBillCustomerOf(unregistered, "Litware");
            world.api.agent(unregistered).body(World.newTransfer(world.provider, UUID.randomUUID()))
                    .post("/v1/customers/" + theirs + "/transfers")
                    .then().statusCode(503).header("Retry-After", notNullValue()).body("context.fact", equalTo("partner"));
            UUID knownStranger = world.feed.directBillPartner("Tailspin", true);
            for (UUID stranger : new UUID[] {UUID.randomUUID(), knownStranger}) {
                world.api.agent(stranger).body(World.newTransfer(world.provider, world.office365(1))).post(world.transfers())
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            }
        }

        @Test
        @DisplayName("lines: not the partner's, another customer's, not transferable, not active, an add-on alone: one error per line")
        void lines() {
            UUID otherCustomer = world.feed.directBillCustomerOf(world.partner, "Adatum");
            UUID elsewhere = world.api.importOffice365(otherCustomer, world.partner, 2);
            UUID software = world.api.importSubscription(world.customer, world.partner, "SW-1", "Windows Server", "SOFTWARE", 1, null, null);
            UUID base = world.office365(4);
            UUID addOn = world.addOn(base, 4);

            world.create(UUID.randomUUID(), elsewhere, software, addOn).then().statusCode(422)
                    .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"))
                    .body("errors.code", org.hamcrest.Matchers.contains("SUBSCRIPTION_NOT_FOUND", "SUBSCRIPTION_OF_ANOTHER_CUSTOMER",
                            "PRODUCT_TYPE_NOT_TRANSFERABLE", "ADDON_TRAVELS_WITH_BASE"))
                    .body("errors.field", org.hamcrest.Matchers.contains("lineItems[0].subscriptionId", "lineItems[1].subscriptionId",
                            "lineItems[2].subscriptionId", "lineItems[3].subscriptionId"));

            world.api.agent(world.partner).body("{\"status\":\"suspended\"}")
                    .patch("/v1/customers/" + world.customer + "/subscriptions/" + base).then().statusCode(200);
            refused(world.create(base), 409, "SUBSCRIPTION_NOT_ACTIVE");
        }

        @Test
        @DisplayName("T4 a subscription in another active transfer: 409 TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER naming it")
        void inActiveTransfer() {
            UUID subscription = world.office365(3);
            String first = world.created(subscription);
            world.create(subscription).then().statusCode(409)
                    .body("code", equalTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER"))
                    .body("context.transferId", equalTo(first))
                    .body("detail", containsString(first));
        }

        @Test
        @DisplayName("bad input: no lineItems, a transferType other than directToIndirect, an unknown field: 400")
        void input() {
            world.api.agent(world.partner).body("{\"targetPartnerTenantId\":\"" + world.provider + "\",\"lineItems\":[]}")
                    .post(world.transfers()).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
            world.api.agent(world.partner).body("{\"targetPartnerTenantId\":\"" + world.provider + "\",\"transferType\":\"IndirectToDirect\","
                    + "\"lineItems\":[{\"subscriptionId\":\"" + UUID.randomUUID() + "\"}]}").post(world.transfers()).then().statusCode(400);
            world.api.agent(world.partner).body("{\"targetPartnerTenantId\":\"" + world.provider + "\",\"discountPercent\":50,"
                    + "\"lineItems\":[{\"subscriptionId\":\"" + UUID.randomUUID() + "\"}]}").post(world.transfers())
                    .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        }

        @Test
        @DisplayName("a Partner Center TransferEntity body (attributes, links, status, lineItems with partnerIdOnRecord, ...) is accepted as "
                + "Partner Center accepts it: its read-only fields are ignored, the quantity is the one of the moment")
        void partnerCenterShape() {
            UUID subscription = world.office365(7);
            String body = """
                    { "id": null, "createdTime": "2026-01-01T00:00:00Z", "status": "Active", "transferType": "DirectToIndirect",
                      "customerTenantId": "%s", "customerName": "Contoso", "sourcePartnerName": "Fabrikam",
                      "targetPartnerTenantId": "%s", "targetPartnerName": "Northwind",
                      "lineItems": [ { "id": 0, "subscriptionId": "%s", "quantity": 99, "billingCycle": "Monthly",
                                       "friendlyName": "Office 365 E3", "partnerIdOnRecord": "1234567", "offerId": "O365",
                                       "addonItems": [], "transferError": null, "status": null } ],
                      "attributes": { "objectType": "TransferEntity" },
                      "links": { "self": { "uri": "/customers/x/transfers", "method": "GET", "headers": [] } } }
                    """.formatted(world.customer, world.provider, subscription);

            world.api.agent(world.partner).body(body).post(world.transfers()).then().statusCode(201)
                    .body("status", equalTo("Active"))
                    .body("lineItems[0].subscriptionId", equalTo(subscription.toString()))
                    .body("lineItems[0].quantity", equalTo(7));
            world.api.agent(world.partner).body(body.replace("\"partnerIdOnRecord\"", "\"seatsToMove\""))
                    .post(world.transfers()).then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        }
    }
}
