package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.application.TransferAcceptance;
import org.csptransition.transfer.application.TransferProcessing;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.MutableClock;
import org.csptransition.transfer.support.Parallel;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T6 two concurrent acceptances process a request once, and an interrupted one is finished once")
class ConcurrentAcceptTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    TransferProcessing processing;

    @Inject
    TransferAcceptance acceptance;

    @Inject
    Idempotency idempotency;

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

    void processedOnce(String id, int lines) {
        world.api.agent(world.provider).get(world.subscriptions()).then().body("totalCount", equalTo(lines));
        try (Events events = new Events(infra)) {
            var all = events.awaitAbout(id, EventType.TRANSFER_COMPLETED);
            assertThat(all.stream().filter(e -> e.type().equals("transfer.accepted.v1"))).hasSize(1);
            assertThat(all.stream().filter(e -> e.type().equals("subscription.transferred.v1"))).hasSize(lines);
        }
    }

    @RepeatedTest(value = 3, name = "round {currentRepetition}: four parallel acceptances, with and without If-Match: one 200, the rest 409 or 412")
    void parallelAcceptances() {
        UUID base = world.office365(10);
        world.addOn(base, 10);
        String id = world.created(base, world.office365(2));
        String etag = world.etag(id);

        List<Response> responses = Parallel.run(4, () -> {
            var request = world.api.agent(world.provider);
            if (Math.random() < 0.5) {
                request.header("If-Match", etag);
            }
            return request.post(world.transfer(id) + "/accept");
        });

        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() != 200)).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(409, 412);
            if (r.statusCode() == 409) {
                assertThat(r.<String>path("code")).isEqualTo("TRANSFER_NOT_ACTIVE");
            }
        });
        processedOnce(id, 3);
    }

    @Test
    @DisplayName("the same Idempotency-Key in parallel: processed once, every answer is the result or 'still in progress'")
    void sameKeyInParallel() {
        String id = world.created(world.office365(10));
        List<Response> responses = Parallel.run(3, () -> world.api.agent(world.provider)
                .header("Idempotency-Key", "accept-" + id).post(world.transfer(id) + "/accept"));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(200, 409);
            if (r.statusCode() == 409) {
                assertThat(r.<String>path("code")).isIn("IDEMPOTENCY_REQUEST_IN_PROGRESS", "TRANSFER_NOT_ACTIVE");
            }
        });
        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).isNotEmpty();
        processedOnce(id, 1);
    }

    @Test
    @DisplayName("an acceptance interrupted after the decision is finished by the job, once, even when the job runs twice")
    void interruptedAcceptanceIsResumed() {
        UUID base = world.office365(10);
        world.addOn(base, 10);
        String id = world.created(base);
        processing.accept(world.customer, UUID.fromString(id), world.provider, "user@" + world.provider, null);
        world.get(id).then().body("status", equalTo("InProgress")).body("stage", equalTo("PROCESSING"));

        clock.fixAt(Instant.now().plus(Duration.ofMinutes(2)));
        acceptance.resumeInterrupted();
        acceptance.resumeInterrupted();
        clock.reset();

        world.get(id).then().body("status", equalTo("Complete"));
        processedOnce(id, 2);
    }

    @Test
    @DisplayName("the same Idempotency-Key after its first attempt was abandoned past the decision: the retry finishes the acceptance and answers 200 with its outcome, processed once")
    void abandonedAttemptIsFinishedByItsRetry() throws Exception {
        UUID base = world.office365(10);
        world.addOn(base, 10);
        String id = world.created(base);
        UUID transferId = UUID.fromString(id);
        String key = "accept-" + id;
        Instant firstAttempt = Instant.now();
        clock.fixAt(firstAttempt);
        // the first attempt claims the key and records the decision, then stops answering (its process hangs or died)
        CountDownLatch decided = new CountDownLatch(1);
        CountDownLatch hung = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> idempotency.run(world.provider, "transfer.accept", key,
                new TransferBodies.KeyedAcceptance(world.customer, transferId), () -> {
                    processing.accept(world.customer, transferId, world.provider, "user@" + world.provider, null);
                    decided.countDown();
                    await(hung);
                    return new Idempotency.Created(200, "never answered", null);
                }).getStatus());
        try {
            assertThat(decided.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            world.get(id).then().body("status", equalTo("InProgress"));

            clock.fixAt(firstAttempt.plus(Duration.ofMinutes(2)));
            Response retry = world.api.agent(world.provider).header("Idempotency-Key", key).post(world.transfer(id) + "/accept");

            retry.then().statusCode(200).body("transfer.status", equalTo("Complete"))
                    .body("newSubscriptions.size()", equalTo(2)).body("transferErrors.size()", equalTo(0));
            world.api.agent(world.provider).header("Idempotency-Key", key).post(world.transfer(id) + "/accept")
                    .then().statusCode(200).header("Idempotent-Replayed", "true");
        } finally {
            hung.countDown();
        }
        // the first attempt, were it to wake, may not answer for the key it lost
        assertThat(first).failsWithin(Duration.ofSeconds(30));
        clock.reset();
        processedOnce(id, 2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
