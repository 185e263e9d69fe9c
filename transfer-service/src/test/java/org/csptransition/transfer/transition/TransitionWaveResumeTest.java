package org.csptransition.transfer.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.application.TransitionWaveWorker;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(TransitionWaveResumeTest.ManualWorker.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T13 a wave interrupted mid-way is resumed, by any number of workers, and no customer gets two transfers")
class TransitionWaveResumeTest {

    /** No scheduled worker: the test decides when and how far the wave is worked on. */
    public static class ManualWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("transfer.waves.interval", "off");
        }
    }

    @InjectInfra
    Infrastructure infra;

    @Inject
    TransitionWaveWorker worker;

    @Test
    @DisplayName("7 of 20 customers done, one of the rest given a transfer by hand meanwhile; two workers resume at once: 19 created, "
            + "that one refused with T4's code, each customer with exactly one transfer")
    void resumed() throws Exception {
        World world = World.ready(new Api(infra), new Feed(infra));
        List<UUID> customers = Movers.customers(world, "Customer", 20, "ACCEPTED");
        String id = world.api.agent(world.partner).body(TransitionWaveTest.wave(customers, world.provider)).post("/v1/transition-waves")
                .then().statusCode(202).extract().path("id");

        assertThat(worker.process(UUID.fromString(id), 7)).isEqualTo(7);
        world.api.agent(world.partner).get("/v1/transition-waves/" + id).then().statusCode(200).body("status", equalTo("RUNNING"))
                .body("counts.created", equalTo(7)).body("counts.pending", equalTo(13));

        UUID byHand = customers.get(15);
        UUID subscription = UUID.fromString(world.api.agent(world.partner).get("/v1/customers/" + byHand + "/subscriptions")
                .then().statusCode(200).extract().path("items[0].id"));
        world.api.agent(world.partner).body(World.newTransfer(world.provider, subscription))
                .post("/v1/customers/" + byHand + "/transfers").then().statusCode(201);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(worker::run);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(worker::run);
        assertThat(one.get(120, TimeUnit.SECONDS) + two.get(120, TimeUnit.SECONDS)).isEqualTo(13);
        worker.run();

        JsonPath wave = world.api.agent(world.partner).get("/v1/transition-waves/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("counts.created", equalTo(19)).body("counts.refused", equalTo(1))
                .extract().jsonPath();
        assertThat(wave.getString("items.find { it.customerTenantId == '" + byHand + "' }.refusalCode"))
                .isEqualTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER");
        for (UUID customer : customers) {
            world.api.agent(world.partner).get("/v1/customers/" + customer + "/transfers").then().statusCode(200)
                    .body("items.size()", equalTo(1));
        }
    }
}
