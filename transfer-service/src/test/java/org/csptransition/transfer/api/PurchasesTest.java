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
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("R2/E5 purchases over HTTP: who buys which kind for which customer, and what a restricted partner may not buy")
class PurchasesTest {

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
        partner = feed.directBillPartner("Fabrikam AB", true);
        customer = feed.directBillCustomerOf(partner, "Contoso");
    }

    static String path(UUID customer) {
        return "/v1/customers/" + customer + "/subscriptions";
    }

    static String oneTime(String productType) {
        return Api.subscription(null, "DG7GMGF0D7FV", "Windows Server 2022 Standard", productType, 2, null, null)
                .replace("\"monthly\"", "\"one_time\"");
    }

    @Test
    @DisplayName("E5: restricted, every kind of purchase is refused 409 DIRECT_BILL_RESTRICTED (new subscription, add-on, one-time) and the options say so; seats, suspension and renewal of what it has still work")
    void restrictedPartnerTriesEveryKind() {
        UUID base = api.importOffice365(customer, partner, 25);
        UUID other = api.importOffice365(customer, partner, 5);
        api.agent(partner).get("/v1/customers/" + customer + "/purchase-options").then().statusCode(200)
                .body("items.allowed", everyItem(equalTo(true)));
        feed.directBillStatus(partner, "RESTRICTED");

        api.agent(partner).body(Api.subscription(null, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null)).post(path(customer))
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("DIRECT_BILL_RESTRICTED"))
                .body("context.kind", equalTo("NEW_SUBSCRIPTION"));
        api.agent(partner).body(Api.subscription(null, "ADDON", "Audio Conferencing", "OFFICE365_LICENSE", 25, base, null)).post(path(customer))
                .then().statusCode(409).body("code", equalTo("DIRECT_BILL_RESTRICTED")).body("context.kind", equalTo("ADD_ON"));
        api.agent(partner).header("Accept-Language", "sv-SE").body(oneTime("SOFTWARE")).post(path(customer))
                .then().statusCode(409).body("code", equalTo("DIRECT_BILL_RESTRICTED")).body("context.kind", equalTo("ONE_TIME_PURCHASE"))
                .body("detail", containsString("nya köp avvisas"));
        api.agent(partner).header("Accept-Language", "sv-SE").get("/v1/customers/" + customer + "/purchase-options").then().statusCode(200)
                .body("items.kind", contains("NEW_SUBSCRIPTION", "ADD_ON", "ONE_TIME_PURCHASE"))
                .body("items.allowed", everyItem(equalTo(false)))
                .body("items.reasonCode", everyItem(equalTo("DIRECT_BILL_RESTRICTED")))
                .body("items[0].reason", containsString("nya köp avvisas"));

        api.agent(partner).body("{\"quantity\":30,\"autoRenew\":false}").patch(path(customer) + "/" + base).then().statusCode(200)
                .body("quantity", equalTo(30)).body("autoRenew", equalTo(false));
        api.agent(partner).body("{\"status\":\"SUSPENDED\"}").patch(path(customer) + "/" + other).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        api.agent(partner).get(path(customer)).then().statusCode(200).body("totalCount", equalTo(2));
    }

    @Test
    @DisplayName("R2: the direct-bill partner makes a one-time purchase of software; a one-time purchase of a licence or as an add-on is 422 ONE_TIME_PURCHASE_NOT_APPLICABLE")
    void oneTimePurchase() {
        api.agent(partner).body(oneTime("SOFTWARE")).post(path(customer)).then().statusCode(201)
                .body("billingCycle", equalTo("one_time")).body("productType", equalTo("SOFTWARE")).body("origin", equalTo("PURCHASE"));
        api.agent(partner).body(oneTime("AZURE_RESERVATION")).post(path(customer)).then().statusCode(201);
        api.agent(partner).body(oneTime("OFFICE365_LICENSE")).post(path(customer)).then().statusCode(422)
                .body("code", equalTo("ONE_TIME_PURCHASE_NOT_APPLICABLE")).body("errors[0].field", equalTo("billingCycle"));
    }

    @Test
    @DisplayName("R2: for an indirect-reseller customer the provider orders every kind and owns what it bought; the reseller cannot buy (CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER) but manages its licences and renewals, never its status")
    void providerOrdersResellerManages() {
        UUID reseller = partner;
        UUID provider = feed.provider("Adatum Distribution");
        UUID theirs = feed.indirectResellerCustomerOf(reseller, "Litware");
        feed.extend(theirs, "Litware", reseller, provider, "Adatum Distribution", null);

        String bought = api.agent(provider).body(Api.subscription(null, "O365", "Office 365 E3", "OFFICE365_LICENSE", 10, null, null))
                .post(path(theirs)).then().statusCode(201).body("ownerPartnerTenantId", equalTo(provider.toString()))
                .extract().path("id");
        api.agent(provider).body(Api.subscription(null, "ADDON", "Audio Conferencing", "OFFICE365_LICENSE", 10, UUID.fromString(bought), null))
                .post(path(theirs)).then().statusCode(201);
        api.agent(provider).body(oneTime("SOFTWARE")).post(path(theirs)).then().statusCode(201);
        api.agent(provider).get("/v1/customers/" + theirs + "/purchase-options").then().statusCode(200)
                .body("items.allowed", everyItem(equalTo(true)));

        api.agent(reseller).body(Api.subscription(null, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null)).post(path(theirs))
                .then().statusCode(409).body("code", equalTo("CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER"));
        api.agent(reseller).get("/v1/customers/" + theirs + "/purchase-options").then().statusCode(200)
                .body("items.reasonCode", everyItem(equalTo("CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER")));
        api.agent(reseller).get(path(theirs)).then().statusCode(200).body("totalCount", equalTo(3)).body("items.id", hasItem(bought));
        api.agent(reseller).body("{\"quantity\":12,\"autoRenew\":false}").patch(path(theirs) + "/" + bought).then().statusCode(200)
                .body("quantity", equalTo(12)).body("autoRenew", equalTo(false)).body("ownerPartnerTenantId", equalTo(provider.toString()));
        api.agent(reseller).body("{\"status\":\"SUSPENDED\"}").patch(path(theirs) + "/" + bought).then().statusCode(422)
                .body("code", equalTo("RESELLER_MANAGES_LICENSES_AND_RENEWALS"));
        api.agent(provider).get(path(theirs) + "/" + bought).then().statusCode(200).body("quantity", equalTo(12))
                .body("status", equalTo("ACTIVE"));

        // a stranger, and the provider's subscriptions elsewhere: still 404
        UUID stranger = feed.directBillPartner("Tailspin", false);
        api.agent(stranger).get(path(theirs) + "/" + bought).then().statusCode(404);
        api.agent(stranger).body("{\"quantity\":1}").patch(path(theirs) + "/" + bought).then().statusCode(404);
        api.agent(stranger).get("/v1/customers/" + theirs + "/purchase-options").then().statusCode(404);
        api.agent(reseller).get(path(customer)).then().statusCode(200).body("items.id", not(hasItem(bought)));
    }
}
