package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T1 subscriptions over HTTP: import, purchase (R2, E5), seat changes and suspension")
class SubscriptionResourceTest {

    @InjectInfra
    Infrastructure infra;

    Api api;
    Feed feed;
    UUID partner;
    UUID customer;

    @BeforeEach
    void givenADirectBillPartnerWithACustomer() {
        api = new Api(infra);
        feed = new Feed(infra);
        partner = feed.directBillPartner("Fabrikam AB", false);
        customer = feed.directBillCustomerOf(partner, "Contoso");
    }

    String path() {
        return "/v1/customers/" + customer + "/subscriptions";
    }

    @Nested
    @DisplayName("T1 import by the operator and purchase by the owner")
    class Create {

        @Test
        @DisplayName("the operator imports a base with an add-on and an Azure PAYG subscription; the owner lists them")
        void importAndList() {
            UUID base = api.importOffice365(customer, partner, 25);
            UUID addOn = api.importAddOn(customer, partner, base, 25);
            UUID azure = api.importAzurePayg(customer, partner);

            api.agent(partner).get(path()).then().statusCode(200)
                    .body("totalCount", equalTo(3))
                    .body("items.find { it.id == '" + addOn + "' }.baseSubscriptionId", equalTo(base.toString()))
                    .body("items.find { it.id == '" + azure + "' }.productType", equalTo("AZURE_PAYG"))
                    .body("items.find { it.id == '" + azure + "' }.azureSubscriptionId", notNullValue())
                    .body("items.find { it.id == '" + base + "' }.status", equalTo("ACTIVE"));
        }

        @Test
        @DisplayName("the owner's AdminAgent buys one: 201 with Location, owned by the caller")
        void purchase() {
            api.agent(partner).body(Api.subscription(null, "O365", "Office 365 E5", "office365_license", 10, null, null))
                    .post(path()).then().statusCode(201)
                    .header("Location", containsString(path()))
                    .body("ownerPartnerTenantId", equalTo(partner.toString()))
                    .body("origin", equalTo("PURCHASE"))
                    .body("productType", equalTo("OFFICE365_LICENSE"));
        }

        @Test
        @DisplayName("a purchase retried with the same Idempotency-Key buys one subscription: the retry replays the first answer; another body with that key is 422")
        void purchaseOnceWithAnIdempotencyKey() {
            String key = UUID.randomUUID().toString();
            String body = Api.subscription(null, "O365", "Office 365 E5", "OFFICE365_LICENSE", 10, null, null);

            String id = api.agent(partner).header("Idempotency-Key", key).body(body).post(path())
                    .then().statusCode(201).extract().path("id");
            api.agent(partner).header("Idempotency-Key", key).body(body).post(path())
                    .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", containsString(id))
                    .body("id", equalTo(id));
            api.agent(partner).header("Idempotency-Key", key)
                    .body(Api.subscription(null, "O365", "Office 365 E5", "OFFICE365_LICENSE", 11, null, null)).post(path())
                    .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

            api.agent(partner).get(path()).then().statusCode(200).body("totalCount", equalTo(1)).body("items[0].id", equalTo(id));
        }

        @Test
        @DisplayName("an unknown productType is a 400 naming the allowed values; a partner cannot buy for another owner (422)")
        void badInput() {
            api.agent(partner).body(Api.subscription(null, "X", "X", "PERPETUAL", 1, null, null)).post(path())
                    .then().statusCode(400).body("code", equalTo("INVALID_FIELD")).body("detail", containsString("OFFICE365_LICENSE"));
            api.agent(partner).body(Api.subscription(UUID.randomUUID(), "X", "X", "SOFTWARE", 1, null, null)).post(path())
                    .then().statusCode(422).body("code", equalTo("OWNER_IS_NOT_CALLER"));
            api.operator().body(Api.subscription(null, "X", "X", "SOFTWARE", 1, null, null)).post(path())
                    .then().statusCode(400).body("errors[0].field", equalTo("ownerPartnerTenantId"));
        }

        @Test
        @DisplayName("AZURE_PAYG without its Azure id or under another offer: 422 with the field")
        void azurePayg() {
            api.operator().body(Api.subscription(partner, "MS-AZR-0145P", "Azure", "AZURE_PAYG", 1, null, null)).post(path())
                    .then().statusCode(422).body("code", equalTo("AZURE_SUBSCRIPTION_ID_REQUIRED"))
                    .body("errors[0].field", equalTo("azureSubscriptionId"));
        }

        @Test
        @DisplayName("a customer or owner not learnt yet: 503 NOT_YET_KNOWN with Retry-After")
        void notYetKnown() {
            api.operator().body(Api.subscription(partner, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null))
                    .post("/v1/customers/" + UUID.randomUUID() + "/subscriptions")
                    .then().statusCode(503).header("Retry-After", notNullValue())
                    .body("code", equalTo("NOT_YET_KNOWN")).body("context.fact", equalTo("customer"));
        }
    }

    @Nested
    @DisplayName("R2 and E5 refusals")
    class Refusals {

        @Test
        @DisplayName("R2: a direct-bill purchase for the partner's indirect-reseller customer: 409 CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER")
        void indirectResellerCustomer() {
            UUID theirs = feed.indirectResellerCustomerOf(partner, "Litware");
            api.agent(partner).body(Api.subscription(null, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null))
                    .post("/v1/customers/" + theirs + "/subscriptions")
                    .then().statusCode(409).body("code", equalTo("CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER"));
        }

        @Test
        @DisplayName("E5: restricted, the owner cannot buy (DIRECT_BILL_RESTRICTED) but still changes seats and suspends")
        void restricted() {
            UUID existing = api.importOffice365(customer, partner, 25);
            feed.directBillStatus(partner, "RESTRICTED");

            api.agent(partner).body(Api.subscription(null, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null))
                    .post(path()).then().statusCode(409).body("code", equalTo("DIRECT_BILL_RESTRICTED"));
            api.agent(partner).body("{\"quantity\":30}").patch(path() + "/" + existing)
                    .then().statusCode(200).body("quantity", equalTo(30));
            api.agent(partner).body("{\"status\":\"suspended\"}").patch(path() + "/" + existing)
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"));
            api.operator().body(Api.subscription(partner, "O365", "Office 365 E1", "OFFICE365_LICENSE", 3, null, null))
                    .post(path()).then().statusCode(201);
        }
    }

    @Nested
    @DisplayName("T1 changes by the owner")
    class Changes {

        @Test
        @DisplayName("If-Match: a change based on the ETag read goes ahead and answers the new ETag; one based on an older ETag is 412 and changes nothing")
        void ifMatch() {
            UUID id = api.importOffice365(customer, partner, 25);
            String read = api.agent(partner).get(path() + "/" + id).then().statusCode(200).extract().header("ETag");

            String changed = api.agent(partner).header("If-Match", read).body("{\"quantity\":30}").patch(path() + "/" + id)
                    .then().statusCode(200).body("quantity", equalTo(30)).extract().header("ETag");
            assertThat(changed).isNotEqualTo(read);
            api.agent(partner).header("If-Match", read).body("{\"quantity\":40}").patch(path() + "/" + id)
                    .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(changed));

            api.agent(partner).get(path() + "/" + id).then().statusCode(200).header("ETag", changed).body("quantity", equalTo(30));
        }

        @Test
        @DisplayName("seats on a suspended subscription: 409 SUBSCRIPTION_NOT_ACTIVE; an empty change: 400; an unknown status: 400")
        void refusedChanges() {
            UUID id = api.importOffice365(customer, partner, 25);
            api.agent(partner).body("{}").patch(path() + "/" + id).then().statusCode(400).body("code", equalTo("NOTHING_TO_CHANGE"));
            api.agent(partner).body("{\"status\":\"paused\"}").patch(path() + "/" + id).then().statusCode(400);
            api.agent(partner).body("{\"status\":\"SUSPENDED\",\"quantity\":5}").patch(path() + "/" + id)
                    .then().statusCode(409).body("code", equalTo("SUBSCRIPTION_NOT_ACTIVE"));
        }

        @Test
        @DisplayName("another tenant neither sees nor changes it, nor lists the customer's: 404")
        void othersGet404() {
            UUID id = api.importOffice365(customer, partner, 25);
            UUID stranger = UUID.randomUUID();
            api.agent(stranger).get(path() + "/" + id).then().statusCode(404);
            api.agent(stranger).body("{\"quantity\":1}").patch(path() + "/" + id).then().statusCode(404);
            // a stranger to the customer: 404, not an empty list that confirms the customer id
            api.agent(stranger).get(path()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }
    }
}
