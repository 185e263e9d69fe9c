package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.application.TransferExpiry;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.MutableClock;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T7 expiry at the boundary, with the service's clock moved to the expiration time")
class ExpiryTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    MutableClock clock;

    @Inject
    TransferExpiry expiry;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("1 ms before: still Active; at exactly the expiration time: refused TRANSFER_EXPIRED, then Expired by the job, the rest untouched")
    void atTheBoundary() {
        UUID subscription = world.office365(5);
        String id = world.created(subscription);
        Instant expiration = Instant.parse(world.get(id).path("expirationTime"));
        String other = world.created(world.office365(6));

        clock.fixAt(expiration.minusMillis(1));
        expiry.expireDue();
        world.get(id).then().body("status", equalTo("Active"));

        clock.fixAt(expiration);
        world.api.agent(world.provider).body("{\"status\":\"reject\"}").patch(world.transfer(id)).then().statusCode(409)
                .body("code", equalTo("TRANSFER_EXPIRED"));
        world.api.agent(world.partner).delete(world.transfer(id)).then().statusCode(409).body("code", equalTo("TRANSFER_EXPIRED"));

        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        world.get(id).then().body("status", equalTo("Expired")).body("stage", equalTo("ENDED"))
                .body("lastModifiedUser", equalTo("system:expiry"));
        world.get(other).then().body("status", equalTo("Active"));

        try (Events events = new Events(infra)) {
            EventEnvelope expired = Events.only(events.awaitAbout(id, EventType.TRANSFER_EXPIRED), EventType.TRANSFER_EXPIRED);
            Events.assertGoldenShape(expired);
            assertThat(Instant.parse(expired.data().get("expiredAt").asText())).isEqualTo(expiration);
            assertThat(Instant.parse(expired.data().get("expirationTime").asText())).isEqualTo(expiration);
        }
        clock.reset();
        world.created(subscription);
    }

    @Test
    @DisplayName("an expired request is expired once: a second run finds nothing more to do for it")
    void once() {
        String id = world.created(world.office365(5));
        clock.fixAt(Instant.parse(world.get(id).path("expirationTime")).plusSeconds(1));
        expiry.expireDue();
        expiry.expireDue();
        clock.reset();

        try (Events events = new Events(infra)) {
            assertThat(events.awaitAbout(id, EventType.TRANSFER_EXPIRED).stream()
                    .filter(e -> e.type().equals(EventType.TRANSFER_EXPIRED.wireName()))).hasSize(1);
        }
    }
}
