package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

@QuarkusTest
@TestProfile(ScheduledExpiryTest.ShortExpiry.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T7 the scheduled job expires requests by itself (expiration 3 s, job every second)")
class ScheduledExpiryTest {

    public static class ShortExpiry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("transfer.expiration", "PT3S", "transfer.expiry.interval", "1s");
        }
    }

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("an Active request nobody decides becomes Expired on its own, and both sides hear of it")
    void expiresByItself() {
        World world = World.ready(new Api(infra), new Feed(infra));
        String id = world.created(world.office365(5));

        await().atMost(Duration.ofSeconds(30)).until(() -> "Expired".equals(world.get(id).path("status")));
        try (Events events = new Events(infra)) {
            events.awaitAbout(id, EventType.TRANSFER_CREATED, EventType.TRANSFER_EXPIRED);
        }
    }
}
