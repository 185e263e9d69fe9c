package org.csptransition.system;

import org.csptransition.infra.Jwts;
import org.csptransition.infra.journey.Api;
import org.csptransition.infra.journey.Journey;
import org.csptransition.infra.journey.Narrator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.infra.journey.Api.get;
import static org.csptransition.infra.journey.Api.patch;
import static org.csptransition.infra.journey.Api.post;

/**
 * E5 end to end, across the services as separate processes on the real broker: eligibility-service's capability review
 * restricts a direct-bill partner below the bar; transfer-service and relationship-service learn it only from the event
 * and refuse every kind of new purchase (new subscription, add-on, one-time purchase, new customer), while seat changes of
 * what it has go on.
 */
@DisplayName("E5 a real capability review restricts a partner, and the other services refuse its purchases over the broker")
class RestrictedPurchasesIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Test
    @DisplayName("E5: after a real capability review, transfer-service refuses a new subscription, an add-on and a one-time purchase, relationship-service a new customer; seat changes still work")
    void restrictedPartnerTriesEveryPurchase() {
        RunningSuite suite = RunningSuite.shared();
        Journey.Urls urls = suite.urls();
        Api api = new Api(Narrator.SILENT);
        UUID partner = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        String partnerId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String operator = suite.infra.jwts().token(Jwts.OPERATOR_TENANT, List.of("ProgramOperator"), "operator@csp-program.example", Duration.ofHours(1));
        String agent = suite.infra.jwts().token(partner, List.of("GlobalAdmin", "AdminAgent", "SalesAgent"), "eva.lind@fabrikam.example", Duration.ofHours(1));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // a direct-bill partner with no revenue at all: below the bar of the policy in force
        api.expect(201, post(urls.eligibility() + "/v1/partners", operator, Journey.partnerProfile(partner, partnerId, "Fabrikam AB " + partnerId,
                "sv-SE", "eva.lind@fabrikam.example", "DIRECT_BILL", "2017-03-01")));
        api.await(post(urls.relationship() + "/v1/customer-imports", operator, Map.of("tenantId", customer, "directBillPartnerTenantId", partner,
                        "companyName", "Contoso " + partnerId, "domain", "contoso" + partnerId + ".onmicrosoft.com", "country", "SE",
                        "billingProfile", Map.of("email", "billing@contoso.example", "address",
                                Map.of("line1", "Stortorget 1", "city", "Malmö", "postalCode", "211 20", "country", "SE")))),
                a -> a.status() == 201, EVENTUALLY);
        String subscriptions = urls.transfer() + "/v1/customers/" + customer + "/subscriptions";
        String base = api.await(post(subscriptions, operator, subscription(partner, "Office 365 E3", "OFFICE365_LICENSE", "monthly", null)),
                a -> a.status() == 201, EVENTUALLY).text("id");
        // before the review: everything is open to it
        api.await(get(urls.transfer() + "/v1/customers/" + customer + "/purchase-options", agent),
                a -> a.status() == 200 && a.body().path("items").findValuesAsText("allowed").stream().allMatch("true"::equals), EVENTUALLY);

        api.expect(200, post(urls.eligibility() + "/v1/capability-reviews", operator, Map.of("asOf", today.toString())));
        api.await(get(urls.eligibility() + "/v1/partners/" + partner, operator),
                a -> a.body().toString().contains("RESTRICTED"), EVENTUALLY);

        // transfer-service learns the restriction from partner.events (awaited on a read, so that no purchase is retried)
        String purchaseOptions = urls.transfer() + "/v1/customers/" + customer + "/purchase-options";
        api.await(get(purchaseOptions, agent), a -> a.body().path("items").findValuesAsText("reasonCode").contains("DIRECT_BILL_RESTRICTED"),
                EVENTUALLY);
        Api.Answer newSubscription = api.send(post(subscriptions, agent, subscription(null, "Office 365 E5", "OFFICE365_LICENSE", "monthly", null)));
        assertThat(List.of(newSubscription.status(), newSubscription.text("code"))).containsExactly(409, "DIRECT_BILL_RESTRICTED");
        Api.Answer addOn = api.send(post(subscriptions, agent, subscription(null, "Audio Conferencing", "OFFICE365_LICENSE", "monthly", base)));
        assertThat(List.of(addOn.status(), addOn.text("code"))).containsExactly(409, "DIRECT_BILL_RESTRICTED");
        Api.Answer oneTime = api.send(post(subscriptions, agent, subscription(null, "Windows Server 2022", "SOFTWARE", "one_time", null))
                .with("Accept-Language", "sv-SE"));
        assertThat(List.of(oneTime.status(), oneTime.text("code"))).containsExactly(409, "DIRECT_BILL_RESTRICTED");
        assertThat(oneTime.text("detail")).contains("nya köp avvisas");
        Api.Answer options = api.expect(200, get(purchaseOptions, agent));
        assertThat(options.body().path("items").findValuesAsText("reasonCode")).containsOnly("DIRECT_BILL_RESTRICTED").hasSize(3);
        // what it has goes on
        assertThat(api.send(patch(subscriptions + "/" + base, agent, Map.of("quantity", 30))).status()).isEqualTo(200);
        assertThat(api.send(get(subscriptions, agent)).body().path("totalCount").asInt()).isEqualTo(1);

        // relationship-service learns it from the same event: no new customer, and the customer says it may not order
        String customerUrl = urls.relationship() + "/v1/customers/" + customer;
        api.await(get(customerUrl, agent), a -> a.status() == 200 && !a.body().path("capabilities").toString().contains("CREATE_ORDERS"),
                EVENTUALLY);
        Api.Answer newCustomer = api.send(post(urls.relationship() + "/v1/customers", agent, Map.of("companyName", "Litware " + partnerId,
                "domain", "litware" + partnerId + ".onmicrosoft.com", "country", "SE", "billingProfile", Map.of("email", "billing@litware.example",
                        "address", Map.of("line1", "Drottninggatan 2", "city", "Malmö", "postalCode", "211 21", "country", "SE")))));
        assertThat(List.of(newCustomer.status(), newCustomer.text("code"))).containsExactly(422, "DIRECT_BILL_RESTRICTED");
        Api.Answer read = api.expect(200, get(customerUrl, agent));
        assertThat(read.body().path("capabilities").toString()).doesNotContain("CREATE_ORDERS").contains("MANAGE_EXISTING_SUBSCRIPTIONS");
    }

    private static Map<String, Object> subscription(UUID owner, String offerName, String productType, String billingCycle, String base) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (owner != null) {
            body.put("ownerPartnerTenantId", owner);
        }
        body.put("offerId", UUID.randomUUID().toString());
        body.put("offerName", offerName);
        body.put("productType", productType);
        body.put("quantity", 5);
        body.put("billingCycle", billingCycle);
        body.put("baseSubscriptionId", base);
        return body;
    }
}
