package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T5 withdraw and T6 reject over HTTP: both end the request and free its subscriptions (T4)")
class WithdrawAndRejectTest {

    @InjectInfra
    Infrastructure infra;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    void eligibleAgain(UUID subscription) {
        world.api.agent(world.partner).get("/v1/customers/" + world.customer + "/transferseligibility?transferType=directToIndirect")
                .then().body("find { it.id == '" + subscription + "' }.isEligible", equalTo(true));
        world.created(subscription);
    }

    @Nested
    @DisplayName("T5 withdraw")
    class Withdraw {

        @Test
        @DisplayName("the source withdraws with the current ETag: 204 Withdrawn, transfer.withdrawn.v1, the subscription is free again")
        void withdraw() {
            UUID subscription = world.office365(8);
            String id = world.created(subscription);

            world.api.agent(world.partner).header("If-Match", world.etag(id)).delete(world.transfer(id)).then().statusCode(204);

            world.get(id).then().body("status", equalTo("Withdrawn")).body("stage", equalTo("ENDED"))
                    .body("lastModifiedUser", equalTo("user@" + world.partner));
            try (Events events = new Events(infra)) {
                EventEnvelope withdrawn = Events.only(events.awaitAbout(id, EventType.TRANSFER_WITHDRAWN), EventType.TRANSFER_WITHDRAWN);
                Events.assertGoldenShape(withdrawn);
                assertThat(withdrawn.data().get("withdrawnBy").asText()).isEqualTo("user@" + world.partner);
            }
            eligibleAgain(subscription);
        }

        @Test
        @DisplayName("the target cannot withdraw (403 NOT_THE_SOURCE_PARTNER); a stale ETag: 412; twice: 409 TRANSFER_NOT_ACTIVE")
        void refused() {
            String id = world.created(world.office365(8));
            String stale = world.etag(id);
            world.api.agent(world.provider).delete(world.transfer(id)).then().statusCode(403).body("code", equalTo("NOT_THE_SOURCE_PARTNER"));
            world.api.agent(UUID.randomUUID()).delete(world.transfer(id)).then().statusCode(404);

            world.api.agent(world.partner).header("If-Match", stale).delete(world.transfer(id)).then().statusCode(204);
            world.api.agent(world.partner).header("If-Match", stale).delete(world.transfer(id)).then().statusCode(412)
                    .body("code", equalTo("PRECONDITION_FAILED"));
            world.api.agent(world.partner).delete(world.transfer(id)).then().statusCode(409).body("code", equalTo("TRANSFER_NOT_ACTIVE"))
                    .body("context.status", equalTo("Withdrawn"));
        }
    }

    @Nested
    @DisplayName("T6 reject")
    class Reject {

        @Test
        @DisplayName("the target rejects with a reason: 200 Rejected with a new ETag, transfer.rejected.v1 with the reason, the subscription is free")
        void reject() {
            UUID subscription = world.office365(8);
            String id = world.created(subscription);
            String etag = world.etag(id);

            String newETag = world.api.as(world.provider, "SalesAgent").header("If-Match", etag)
                    .body("{\"status\":\"reject\",\"reason\":\"Not our market\"}").patch(world.transfer(id))
                    .then().statusCode(200).body("status", equalTo("Rejected")).body("stage", equalTo("ENDED"))
                    .extract().header("ETag");
            assertThat(newETag).isNotEqualTo(etag);

            try (Events events = new Events(infra)) {
                EventEnvelope rejected = Events.only(events.awaitAbout(id, EventType.TRANSFER_REJECTED), EventType.TRANSFER_REJECTED);
                Events.assertGoldenShape(rejected);
                assertThat(rejected.data().get("reason").asText()).isEqualTo("Not our market");
                assertThat(rejected.data().get("rejectedBy").asText()).isEqualTo("user@" + world.provider);
            }
            eligibleAgain(subscription);
        }

        @Test
        @DisplayName("the source cannot reject (403); another status than reject: 400; an ended request: 409")
        void refused() {
            String id = world.created(world.office365(8));
            world.api.agent(world.partner).body("{\"status\":\"reject\"}").patch(world.transfer(id)).then().statusCode(403)
                    .body("code", equalTo("NOT_THE_TARGET_PROVIDER"));
            world.api.agent(world.provider).body("{\"status\":\"accept\"}").patch(world.transfer(id)).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            world.api.agent(world.provider).body("{\"status\":\"Reject\"}").patch(world.transfer(id)).then().statusCode(200);
            world.api.agent(world.provider).body("{\"status\":\"reject\"}").patch(world.transfer(id)).then().statusCode(409)
                    .body("code", equalTo("TRANSFER_NOT_ACTIVE"));
        }
    }
}
