package org.csptransition.notification.webhook;

import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.transfer.TransferAccepted;
import org.csptransition.platform.events.transfer.TransferCompleted;
import org.csptransition.platform.events.transfer.TransferCreated;
import org.csptransition.platform.events.transfer.TransferLine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** N4 test fixtures: endpoints registered through the API, and transfer events between two registered partners. */
final class Webhooks {

    static final List<TransferLine> LINES = List.of(new TransferLine(UUID.randomUUID(), "Office 365 E3", 25, "Pending", null, null, null));

    private Webhooks() {
    }

    record Endpoint(String id, String secret, String etag) {
    }

    static Endpoint register(Infrastructure infra, UUID tenant, String url, List<String> eventTypes) {
        var response = given().header("Authorization", NotificationFixtures.tokenOf(infra, tenant, "AdminAgent"))
                .contentType("application/json").body(Map.of("url", url, "eventTypes", eventTypes))
                .post("/v1/webhook-endpoints").then().statusCode(201).extract();
        JsonPath json = response.jsonPath();
        String etag = given().header("Authorization", NotificationFixtures.tokenOf(infra, tenant, "AdminAgent"))
                .get("/v1/webhook-endpoints/" + json.getString("id")).then().statusCode(200).extract().header("ETag");
        return new Endpoint(json.getString("id"), json.getString("secret"), etag);
    }

    static JsonPath deliveries(Infrastructure infra, UUID tenant, String endpointId) {
        return given().header("Authorization", NotificationFixtures.tokenOf(infra, tenant, "AdminAgent"))
                .queryParam("size", 200).get("/v1/webhook-endpoints/" + endpointId + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    static EventEnvelope created(Infrastructure infra, UUID transfer, UUID customer, NotificationFixtures.TestPartner partner,
                                 NotificationFixtures.TestPartner provider) {
        return NotificationFixtures.publish(infra, new TransferCreated(transfer, customer, "Contoso", partner.tenantId(),
                partner.companyName(), provider.tenantId(), provider.companyName(), "4234567", Instant.now(), "eva@fabrikam.example",
                Instant.now().plus(30, ChronoUnit.DAYS), LINES));
    }

    static EventEnvelope accepted(Infrastructure infra, UUID transfer, UUID customer, NotificationFixtures.TestPartner partner,
                                  NotificationFixtures.TestPartner provider) {
        return NotificationFixtures.publish(infra, new TransferAccepted(transfer, customer, "Contoso", partner.tenantId(),
                partner.companyName(), provider.tenantId(), provider.companyName(), Instant.now(), "lars@northwind.example", LINES));
    }

    static EventEnvelope completed(Infrastructure infra, UUID transfer, UUID customer, NotificationFixtures.TestPartner partner,
                                   NotificationFixtures.TestPartner provider) {
        return NotificationFixtures.publish(infra, new TransferCompleted(transfer, customer, "Contoso", partner.tenantId(),
                partner.companyName(), provider.tenantId(), provider.companyName(), "Complete", Instant.now(), "lars@northwind.example",
                Instant.now(), LINES));
    }
}
