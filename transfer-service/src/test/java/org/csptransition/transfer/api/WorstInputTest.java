package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("No input is a 500: the worst request fields and query parameters answer 400 problems")
class WorstInputTest {

    @InjectInfra
    Infrastructure infra;

    static World world;

    @BeforeEach
    void aWorld() {
        if (world == null) {
            world = World.ready(new Api(infra), new Feed(infra));
        }
    }

    static String offer(String offerName) {
        return Api.subscription(world.partner, "O365", offerName, "OFFICE365_LICENSE", 1, null, null);
    }

    void badRequest(io.restassured.response.Response response) {
        response.then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("T1 an offer name of 300 characters, with a line break or a NUL, an offer id over its column: 400")
    void subscriptionTexts() {
        badRequest(world.api.operator().body(offer("x".repeat(300))).post(world.subscriptions()));
        badRequest(world.api.operator().body(offer("Office\\r\\nBcc: victim@example.com")).post(world.subscriptions()));
        badRequest(world.api.operator().body(offer("Office\\u0000")).post(world.subscriptions()));
        badRequest(world.api.operator().body(Api.subscription(world.partner, "o".repeat(101), "Office", "OFFICE365_LICENSE", 1, null, null))
                .post(world.subscriptions()));
        badRequest(world.api.operator().body(Api.subscription(world.partner, "MS-AZR-0145P", "Azure", "AZURE_PAYG", 1, null, "a\\nb"))
                .post(world.subscriptions()));
    }

    @Test
    @DisplayName("T1 a quantity beyond an int, 0 or over 1,000,000: 400")
    void quantities() {
        for (String quantity : new String[] {"99999999999", "0", "1000001", "-1"}) {
            badRequest(world.api.operator().body(offer("Office").replace("\"quantity\":1", "\"quantity\":" + quantity))
                    .post(world.subscriptions()));
        }
    }

    @Test
    @DisplayName("T3 201 line items (a huge array) or none: 400; a reject reason of 600 characters: 400")
    void arraysAndReasons() {
        String many = String.join(",", Collections.nCopies(201, "{\"subscriptionId\":\"" + UUID.randomUUID() + "\"}"));
        badRequest(world.api.agent(world.partner).body("{\"targetPartnerTenantId\":\"" + world.provider + "\",\"lineItems\":[" + many + "]}")
                .post(world.transfers()));
        String id = world.created(world.office365(1));
        badRequest(world.api.as(world.provider, "AdminAgent").body("{\"status\":\"reject\",\"reason\":\"" + "r".repeat(600) + "\"}")
                .patch(world.transfer(id)));
        world.get(id).then().statusCode(200).body("status", equalTo("Active"));
    }

    @Test
    @DisplayName("lists: a page size of 0 or 100000, a continuation token in year 99999 or of garbage, a NUL in status: 400")
    void queryParameters() {
        String year99999 = Base64.getUrlEncoder().encodeToString(("+99999-01-01T00:00:00Z|" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        for (String query : new String[] {"size=0", "size=100000", "size=99999999999", "continuationToken=" + year99999,
                "continuationToken=" + "A".repeat(2000), "status=%00", "status=" + "x".repeat(300)}) {
            badRequest(world.api.agent(world.partner).get(world.transfers() + "?" + query));
            badRequest(world.api.agent(world.partner).get("/v1/transfers?" + query));
        }
    }
}
