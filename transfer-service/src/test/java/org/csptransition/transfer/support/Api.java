package org.csptransition.transfer.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** transfer-service over HTTP as its clients call it: bearer tokens of a tenant with roles, JSON bodies. */
public final class Api {

    private final Infrastructure infra;

    public Api(Infrastructure infra) {
        this.infra = infra;
    }

    public String bearer(UUID tenant, String... roles) {
        return "Bearer " + infra.jwts().token(tenant, roles);
    }

    public RequestSpecification as(UUID tenant, String... roles) {
        return given().header("Authorization", bearer(tenant, roles)).contentType(ContentType.JSON);
    }

    public RequestSpecification agent(UUID tenant) {
        return as(tenant, "AdminAgent");
    }

    /**
     * The program operator: ProgramOperator from {@link Jwts#OPERATOR_TENANT}, the only tenant whose role platform-http
     * counts in tests ({@code csp.security.operator-tenants}); claimed from any other tenant the role makes no operator.
     */
    public RequestSpecification operator() {
        return given().header("Authorization", operatorBearer(infra)).contentType(ContentType.JSON);
    }

    /** The bearer token of the program operator (suite-infra's {@link Jwts#operatorToken()}). */
    public static String operatorBearer(Infrastructure infra) {
        return "Bearer " + infra.jwts().operatorToken();
    }

    /** T1: the operator imports a subscription; returns its id. */
    public UUID importSubscription(UUID customer, UUID owner, String offerId, String offerName, String productType, int quantity,
                                   UUID base, String azureId) {
        String id = operator().body(subscription(owner, offerId, offerName, productType, quantity, base, azureId))
                .post("/v1/customers/" + customer + "/subscriptions")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public UUID importOffice365(UUID customer, UUID owner, int quantity) {
        return importSubscription(customer, owner, "031C9E47-4802-4248-838E-778FB1D2CC05", "Office 365 E3", "OFFICE365_LICENSE",
                quantity, null, null);
    }

    public UUID importAddOn(UUID customer, UUID owner, UUID base, int quantity) {
        return importSubscription(customer, owner, "0BF5A0F4-1A2B-4C3D-9E8F-7A6B5C4D3E2F", "Microsoft 365 Audio Conferencing",
                "OFFICE365_LICENSE", quantity, base, null);
    }

    public UUID importAzurePayg(UUID customer, UUID owner) {
        return importSubscription(customer, owner, "MS-AZR-0145P", "Microsoft Azure", "AZURE_PAYG", 1, null,
                UUID.randomUUID().toString());
    }

    public static String subscription(UUID owner, String offerId, String offerName, String productType, int quantity, UUID base,
                                      String azureId) {
        return "{" + (owner == null ? "" : "\"ownerPartnerTenantId\":\"" + owner + "\",")
                + "\"offerId\":\"" + offerId + "\",\"offerName\":\"" + offerName + "\",\"productType\":\"" + productType
                + "\",\"quantity\":" + quantity + ",\"billingCycle\":\"monthly\""
                + (base == null ? "" : ",\"baseSubscriptionId\":\"" + base + "\"")
                + (azureId == null ? "" : ",\"azureSubscriptionId\":\"" + azureId + "\"") + "}";
    }
}
