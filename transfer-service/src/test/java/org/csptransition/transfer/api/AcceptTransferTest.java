package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.MutableClock;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T6 step 2 over HTTP: the provider accepts; each transfer group moves or fails alone")
class AcceptTransferTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    MutableClock clock;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String field(String id, String name) {
        return "find { it.transferredFromSubscriptionId == '" + id + "' }." + name;
    }

    @Nested
    @DisplayName("T6 outcomes")
    class Outcomes {

        @Test
        @DisplayName("Complete: new ids with the snapshot quantity, Azure keeps its id, add-on under the new base, originals suspended or delisted")
        void complete() {
            UUID base = world.office365(25);
            UUID addOn = world.addOn(base, 25);
            UUID azure = world.azure();
            String azureId = world.api.agent(world.partner).get(world.subscriptions() + "/" + azure).path("azureSubscriptionId");
            String id = world.created(base, azure);
            world.patchSubscription(base, "{\"quantity\":30}");

            Response accepted = world.api.as(world.provider, "SalesAgent").header("If-Match", world.etag(id))
                    .post(world.transfer(id) + "/accept");

            accepted.then().statusCode(200)
                    .body("transfer.status", equalTo("Complete"))
                    .body("transfer.stage", equalTo("AWAITING_PROVIDER_VERIFICATION"))
                    .body("transfer.completedTime", org.hamcrest.Matchers.notNullValue())
                    .body("transfer.lineItems[0].status", equalTo("Complete"))
                    .body("transfer.lineItems[0].quantity", equalTo(25))
                    .body("transfer.lineItems[0].currentQuantity", equalTo(30))
                    .body("transferErrors", hasSize(0))
                    .body("newSubscriptions", hasSize(3))
                    .body("newSubscriptions.ownerPartnerTenantId", org.hamcrest.Matchers.everyItem(equalTo(world.provider.toString())))
                    .body("newSubscriptions." + field(base.toString(), "quantity"), equalTo(25))
                    .body("newSubscriptions." + field(azure.toString(), "azureSubscriptionId"), equalTo(azureId))
                    .body("newSubscriptions." + field(azure.toString(), "origin"), equalTo("TRANSFER"));
            String newBase = accepted.path("newSubscriptions." + field(base.toString(), "id"));
            assertThat(newBase).isNotEqualTo(base.toString());
            assertThat(accepted.<String>path("newSubscriptions." + field(addOn.toString(), "baseSubscriptionId"))).isEqualTo(newBase);
            assertThat(accepted.<String>path("transfer.lineItems[0].newSubscriptionId")).isEqualTo(newBase);

            world.api.agent(world.partner).get(world.subscriptions() + "/" + base).then()
                    .body("status", equalTo("SUSPENDED")).body("transferredToSubscriptionId", equalTo(newBase));
            world.api.agent(world.partner).get(world.subscriptions() + "/" + azure).then().statusCode(404);
            world.api.agent(world.provider).get(world.subscriptions()).then().body("totalCount", equalTo(3));

            try (Events events = new Events(infra)) {
                List<EventEnvelope> all = events.awaitAbout(id, EventType.TRANSFER_ACCEPTED, EventType.TRANSFER_COMPLETED);
                assertThat(all.stream().map(EventEnvelope::type)).containsExactly("transfer.created.v1", "transfer.accepted.v1",
                        "subscription.transferred.v1", "subscription.suspended.v1", "subscription.transferred.v1",
                        "subscription.suspended.v1", "subscription.transferred.v1", "transfer.completed.v1");
                all.forEach(Events::assertGoldenShape);
                EventEnvelope completed = Events.only(all, EventType.TRANSFER_COMPLETED);
                assertThat(completed.data().get("acceptedBy").asText()).isEqualTo("user@" + world.provider);
                assertThat(completed.data().get("lines").get(0).get("newSubscriptionId").asText()).isEqualTo(newBase);
            }
        }

        @Test
        @DisplayName("PartiallyComplete: the group whose base was suspended since the request fails alone, with its reason")
        void partiallyComplete() {
            UUID base = world.office365(10);
            UUID addOn = world.addOn(base, 10);
            UUID other = world.office365(5);
            String id = world.created(base, other);
            world.patchSubscription(base, "{\"status\":\"suspended\"}");

            world.accept(id).then().statusCode(200)
                    .body("transfer.status", equalTo("PartiallyComplete"))
                    .body("transfer.stage", equalTo("AWAITING_PROVIDER_VERIFICATION"))
                    .body("newSubscriptions", hasSize(1))
                    .body("transferErrors", hasSize(1))
                    .body("transferErrors[0].transferGroupId", equalTo(base.toString()))
                    .body("transferErrors[0].subscriptionId", equalTo(base.toString()))
                    .body("transferErrors[0].code", equalTo("SOURCE_SUBSCRIPTION_CHANGED"))
                    .body("transfer.lineItems[0].status", equalTo("Failed"))
                    .body("transfer.lineItems[0].transferError.code", equalTo("SOURCE_SUBSCRIPTION_CHANGED"))
                    .body("transfer.lineItems[0].addonItems[0].transferError.code", equalTo("TRANSFER_GROUP_FAILED"))
                    .body("transfer.lineItems[1].status", equalTo("Complete"));

            world.api.agent(world.partner).get(world.subscriptions() + "/" + addOn).then().body("status", equalTo("ACTIVE"))
                    .body("ownerPartnerTenantId", equalTo(world.partner.toString()));
            try (Events events = new Events(infra)) {
                EventEnvelope partial = Events.only(events.awaitAbout(id, EventType.TRANSFER_PARTIALLY_COMPLETED),
                        EventType.TRANSFER_PARTIALLY_COMPLETED);
                Events.assertGoldenShape(partial);
                assertThat(partial.data().get("lines").get(1).get("errorCode").asText()).isEqualTo("TRANSFER_GROUP_FAILED");
            }
        }

        @Test
        @DisplayName("Failed: the only group's source was deleted; the request ends and the partner keeps what is left")
        void failed() {
            UUID base = world.office365(10);
            String id = world.created(base);
            world.patchSubscription(base, "{\"status\":\"DELETED\"}");

            world.accept(id).then().statusCode(200)
                    .body("transfer.status", equalTo("Failed")).body("transfer.stage", equalTo("ENDED"))
                    .body("newSubscriptions", hasSize(0));
            try (Events events = new Events(infra)) {
                Events.assertGoldenShape(Events.only(events.awaitAbout(id, EventType.TRANSFER_FAILED), EventType.TRANSFER_FAILED));
            }
        }
    }

    @Nested
    @DisplayName("T6 refusals")
    class Refusals {

        @Test
        @DisplayName("at exactly the expiration time: 409 TRANSFER_EXPIRED; 1 ms before it still goes through")
        void expiryBoundary() {
            String late = world.created(world.office365(3));
            Instant expiration = Instant.parse(world.get(late).path("expirationTime"));
            String early = world.created(world.office365(4));

            clock.fixAt(expiration);
            world.accept(late).then().statusCode(409).body("code", equalTo("TRANSFER_EXPIRED"));
            clock.fixAt(Instant.parse(world.get(early).path("expirationTime")).minusMillis(1));
            world.accept(early).then().statusCode(200).body("transfer.status", equalTo("Complete"));
        }

        @Test
        @DisplayName("only the target (403 NOT_THE_TARGET_PROVIDER), with the current ETag (412), once (409 TRANSFER_NOT_ACTIVE)")
        void refused() {
            String id = world.created(world.office365(3));
            String etag = world.etag(id);
            world.api.agent(world.partner).post(world.transfer(id) + "/accept").then().statusCode(403)
                    .body("code", equalTo("NOT_THE_TARGET_PROVIDER"));
            world.api.agent(world.provider).header("If-Match", "\"999\"").post(world.transfer(id) + "/accept").then().statusCode(412);
            world.api.agent(world.provider).header("If-Match", etag).post(world.transfer(id) + "/accept").then().statusCode(200);
            world.api.agent(world.provider).post(world.transfer(id) + "/accept").then().statusCode(409)
                    .body("code", equalTo("TRANSFER_NOT_ACTIVE")).body("context.status", equalTo("Complete"));
        }

        @Test
        @DisplayName("Idempotency-Key: a retry with the same key replays the first answer instead of a 409")
        void idempotentRetry() {
            String id = world.created(world.office365(3));
            Response first = world.api.agent(world.provider).header("Idempotency-Key", "accept-" + id).post(world.transfer(id) + "/accept");
            Response retry = world.api.agent(world.provider).header("Idempotency-Key", "accept-" + id).post(world.transfer(id) + "/accept");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.<String>path("newSubscriptions[0].id")).isEqualTo(first.path("newSubscriptions[0].id"));
        }
    }
}
