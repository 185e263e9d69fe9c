package org.csptransition.transfer.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.Parallel;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T4 one active transfer per subscription, under real concurrent requests")
class ConcurrentCreateTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    EntityManager entityManager;

    static World world;

    World world() {
        if (world == null) {
            world = World.ready(new Api(infra), new Feed(infra));
        }
        return world;
    }

    @RepeatedTest(value = 5, name = "round {currentRepetition}: concurrent requests for one subscription yield exactly one transfer and 409s naming it")
    void concurrentRequestsForOneSubscription() {
        World w = world();
        UUID base = w.office365(10);
        w.addOn(base, 10);
        UUID other = w.office365(2);

        // the same subscription, alone and with another one: they conflict on it whatever the request looks like
        List<Response> responses = Parallel.run(4, () -> w.api.agent(w.partner)
                .body(World.newTransfer(w.provider, Math.random() < 0.5 ? new UUID[] {base} : new UUID[] {base, other}))
                .post(w.transfers()));

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).as("exactly one transfer").hasSize(1);
        String winner = created.get(0).path("id");
        assertThat(responses.stream().filter(r -> r.statusCode() != 201)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.<String>path("code")).isEqualTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER");
            assertThat(r.<String>path("context.transferId")).isEqualTo(winner);
        });
        assertThat(transfersHolding(base)).isEqualTo(1);
    }

    @RepeatedTest(value = 12, name = "round {currentRepetition}: the same subscriptions named in opposite orders: one 201, the rest 409, never a deadlock's 500")
    @DisplayName("T4 claims in one fixed order: requests naming the same subscriptions in opposite orders never deadlock")
    void oppositeOrdersNeverDeadlock() {
        World w = world();
        UUID[] forward = {w.office365(1), w.office365(2), w.office365(3), w.office365(4)};
        UUID[] backward = {forward[3], forward[2], forward[1], forward[0]};
        AtomicInteger turn = new AtomicInteger();

        List<Response> responses = Parallel.run(6, () -> w.api.agent(w.partner)
                .body(World.newTransfer(w.provider, turn.getAndIncrement() % 2 == 0 ? forward : backward))
                .post(w.transfers()));

        assertThat(responses).as("every answer 201 or 409, never a 500")
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isIn(201, 409));
        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).as("one request wins the round").hasSize(1);
        String winner = created.get(0).path("id");
        assertThat(responses.stream().filter(r -> r.statusCode() == 409))
                .allSatisfy(r -> assertThat(r.<String>path("code")).isEqualTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER"));
        for (UUID subscription : forward) {
            assertThat(transfersHolding(subscription)).as("transfers naming %s", subscription).isEqualTo(1);
            assertThat(activeHolders(subscription)).as("active transfer of %s", subscription).containsExactly(UUID.fromString(winner));
        }
    }

    @SuppressWarnings("unchecked")
    List<UUID> activeHolders(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> (List<UUID>) entityManager.createNativeQuery(
                        "SELECT transfer_id FROM active_transfer_subscription WHERE subscription_id = ?1")
                .setParameter(1, subscription).getResultList());
    }

    long transfersHolding(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(DISTINCT transfer_id) FROM transfer_line WHERE subscription_id = ?1")
                .setParameter(1, subscription).getSingleResult()).longValue());
    }
}
