package org.csptransition.transfer.support;

import io.restassured.response.Response;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner that completed the transition (E6), a provider, and their customer extended to the provider with the MCA
 * accepted: every T3 precondition met, learnt through events over Kafka.
 */
public final class World {

    public static final String CUSTOMER_NAME = "Contoso";
    public static final String PROVIDER_NAME = "Northwind Distribution AB";

    public final Api api;
    public final Feed feed;
    public final UUID partner;
    public final UUID provider;
    public final UUID customer;

    private World(Api api, Feed feed, UUID partner, UUID provider, UUID customer) {
        this.api = api;
        this.feed = feed;
        this.partner = partner;
        this.provider = provider;
        this.customer = customer;
    }

    public static World ready(Api api, Feed feed) {
        UUID partner = feed.directBillPartner("Fabrikam AB", true);
        UUID provider = feed.provider(PROVIDER_NAME);
        UUID customer = feed.directBillCustomerOf(partner, CUSTOMER_NAME);
        feed.extend(customer, CUSTOMER_NAME, partner, provider, PROVIDER_NAME, "ACCEPTED");
        return new World(api, feed, partner, provider, customer);
    }

    public String transfers() {
        return "/v1/customers/" + customer + "/transfers";
    }

    public String transfer(String transferId) {
        return transfers() + "/" + transferId;
    }

    public UUID office365(int quantity) {
        return api.importOffice365(customer, partner, quantity);
    }

    public UUID addOn(UUID base, int quantity) {
        return api.importAddOn(customer, partner, base, quantity);
    }

    public UUID azure() {
        return api.importAzurePayg(customer, partner);
    }

    public static String newTransfer(UUID target, UUID... subscriptions) {
        return "{\"targetPartnerTenantId\":\"" + target + "\",\"lineItems\":["
                + List.of(subscriptions).stream().map(s -> "{\"subscriptionId\":\"" + s + "\"}").collect(Collectors.joining(",")) + "]}";
    }

    public Response create(UUID... subscriptions) {
        return api.agent(partner).body(newTransfer(provider, subscriptions)).post(transfers());
    }

    /** T3: a created transfer's id (asserting the 201). */
    public String created(UUID... subscriptions) {
        return create(subscriptions).then().statusCode(201).extract().path("id");
    }

    public Response get(String transferId) {
        return api.agent(partner).get(transfer(transferId));
    }

    /** T6: the target accepts (with the current ETag); the 200 answer. */
    public Response accept(String transferId) {
        return api.agent(provider).header("If-Match", etag(transferId)).post(transfer(transferId) + "/accept");
    }

    public String subscriptions() {
        return "/v1/customers/" + customer + "/subscriptions";
    }

    /** T1: the owner changes a subscription. */
    public void patchSubscription(UUID subscription, String body) {
        api.agent(partner).body(body).patch(subscriptions() + "/" + subscription).then().statusCode(200);
    }

    public String etag(String transferId) {
        return get(transferId).header("ETag");
    }
}
