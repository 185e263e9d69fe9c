package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T10 quantity drift over HTTP: the seat change succeeds and says so; the request keeps its quantity and shows both")
class SeatChangeInActiveTransferTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("a seat change inside an active request: 200 with a QUANTITY_DRIFT_IN_ACTIVE_TRANSFER warning; the transfer shows 25 beside 40")
    void drift() {
        World world = World.ready(new Api(infra), new Feed(infra));
        UUID inRequest = world.office365(25);
        UUID outside = world.office365(25);
        String id = world.created(inRequest);

        world.api.agent(world.partner).body("{\"quantity\":40}").patch(world.subscriptions() + "/" + inRequest).then().statusCode(200)
                .body("quantity", equalTo(40))
                .body("warnings[0].code", equalTo("QUANTITY_DRIFT_IN_ACTIVE_TRANSFER"))
                .body("warnings[0].transferId", equalTo(id))
                .body("warnings[0].snapshotQuantity", equalTo(25))
                .body("warnings[0].currentQuantity", equalTo(40))
                .body("warnings[0].message", containsString("withdraw and recreate"));
        world.api.agent(world.partner).body("{\"quantity\":40}").patch(world.subscriptions() + "/" + outside).then().statusCode(200)
                .body("warnings", nullValue());

        world.get(id).then().body("lineItems[0].quantity", equalTo(25)).body("lineItems[0].currentQuantity", equalTo(40));
        world.accept(id).then().statusCode(200).body("newSubscriptions[0].quantity", equalTo(25));
    }
}
