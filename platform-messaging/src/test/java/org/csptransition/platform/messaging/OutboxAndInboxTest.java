package org.csptransition.platform.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Events are never lost or doubled (outbox, relay, inbox) over the real broker")
class OutboxAndInboxTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @InjectInfra
    Infrastructure infra;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    ParkedEvents parkedEvents;

    @Inject
    EventConsumer consumer;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    KafkaClients kafka;

    @Inject
    MessagingConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    static TopicReader topic;
    static TopicReader deadLetters;

    @AfterAll
    static void closeReaders() {
        if (topic != null) {
            topic.close();
        }
        if (deadLetters != null) {
            deadLetters.close();
        }
    }

    TopicReader topic() {
        if (topic == null) {
            topic = new TopicReader(infra, Topics.PARTNER_EVENTS);
        }
        return topic;
    }

    TopicReader deadLetters() {
        if (deadLetters == null) {
            deadLetters = new TopicReader(infra, Topics.deadLetterTopicOf(Topics.PARTNER_EVENTS));
        }
        return deadLetters;
    }

    @Nested
    @DisplayName("the outbox")
    class TheOutbox {

        @Test
        @DisplayName("a committed change publishes its event exactly once, keyed by the aggregate id")
        void committedChangePublishesOnce() {
            UUID tenant = UUID.randomUUID();

            UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.record(partner(tenant, "Fabrikam AB")).id());

            await().atMost(WAIT).until(() -> onWire(eventId).size() == 1);
            ConsumerRecord<String, String> record = onWire(eventId).get(0);
            assertThat(record.key()).isEqualTo(tenant.toString());
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("partner.registered.v1");
            await().atMost(WAIT).until(() -> sentAt(eventId) != null);
            assertThat(onWire(eventId)).hasSize(1);
        }

        @Test
        @DisplayName("a rolled-back change publishes nothing")
        void rolledBackChangePublishesNothing() {
            UUID rolledBack = UUID.randomUUID();
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.record(partner(rolledBack, "Never AB"));
                throw new IllegalStateException("the state change failed after the event was recorded");
            })).hasMessageContaining("the state change failed");
            UUID marker = UUID.randomUUID();
            UUID markerEvent = QuarkusTransaction.requiringNew().call(() -> outbox.record(partner(marker, "Marker AB")).id());

            // the relay publishes in commit order: once the later marker is on the wire, the rolled-back one would be too
            await().atMost(WAIT).until(() -> onWire(markerEvent).size() == 1);
            assertThat(topic().eventsAbout(rolledBack.toString())).isEmpty();
            assertThat(outboxRowsAbout(rolledBack)).isZero();
        }

        @Test
        @DisplayName("with the broker killed, writes still commit and their events wait; after restart each arrives, none is lost and the effects are not doubled")
        void brokerOutageLosesNothing() {
            infra.kafka().kill();
            List<UUID> events = new ArrayList<>();
            List<UUID> tenants = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    UUID tenant = UUID.randomUUID();
                    tenants.add(tenant);
                    events.add(QuarkusTransaction.requiringNew().call(() -> outbox.record(partner(tenant, "Outage AB")).id()));
                }
                assertThat(relay.backlog().count()).isGreaterThanOrEqualTo(20);
            } finally {
                infra.kafka().start();
            }

            await().atMost(Duration.ofSeconds(120)).until(() -> relay.backlog().count() == 0);
            await().atMost(WAIT).until(() -> events.stream().allMatch(id -> !onWire(id).isEmpty()));
            await().atMost(WAIT).until(() -> tenants.stream().allMatch(t -> effectsFor(t) >= 1));
            assertThat(tenants).allSatisfy(t -> assertThat(effectsFor(t)).as("effects for %s", t).isEqualTo(1));
            assertThat(events.stream().map(OutboxAndInboxTest.this::onWire).map(List::size).collect(Collectors.toSet()))
                    .as("copies of each event on the wire").isEqualTo(Set.of(1));
        }

        @Test
        @DisplayName("an event larger than the broker accepts is refused at the source with EVENT_TOO_LARGE, and nothing is recorded")
        void oversizedEventIsRefusedAtTheSource() {
            UUID tenant = UUID.randomUUID();

            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.record(partner(tenant, "x".repeat(1_000_000)))))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.decisive().code()).isEqualTo(Outbox.EVENT_TOO_LARGE);
                        assertThat(e.decisive().kind()).isEqualTo(Refusal.Kind.INVALID);
                    });
            assertThat(outboxRowsAbout(tenant)).isZero();
        }

        @Test
        @DisplayName("a row the broker refuses for good is parked with its reason and never halts the relay: other aggregates flow, its own later rows wait behind it")
        void unpublishableRowIsParked() {
            UUID stuck = UUID.randomUUID();
            UUID tooLarge = UUID.randomUUID();
            // written as an older release (without the size bound) could have: 1.5 MB, above the broker's limit
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                            INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, topic, occurred_at, payload)
                            VALUES (?1, 'partner', ?2, 'partner.registered.v1', ?3, now(), jsonb_build_object('pad', repeat('x', 1500000)))""")
                    .setParameter(1, tooLarge).setParameter(2, stuck.toString()).setParameter(3, Topics.PARTNER_EVENTS).executeUpdate());
            UUID behind = QuarkusTransaction.requiringNew().call(() -> outbox.record(partner(stuck, "Behind AB")).id());
            UUID other = UUID.randomUUID();
            UUID flowing = QuarkusTransaction.requiringNew().call(() -> outbox.record(partner(other, "Flowing AB")).id());

            await().atMost(WAIT).until(() -> onWire(flowing).size() == 1);
            await().atMost(WAIT).until(() -> relay.backlog().parked() == 1);
            assertThat(lastError(tooLarge)).contains("RecordTooLargeException");
            assertThat(sentAt(tooLarge)).isNull();
            assertThat(sentAt(behind)).as("the aggregate's later row waits behind the parked one").isNull();

            // the operator removes the row that can never be published; the aggregate flows again
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM outbox_event WHERE id = ?1")
                    .setParameter(1, tooLarge).executeUpdate());
            relay.onCommitted(null);
            await().atMost(WAIT).until(() -> onWire(behind).size() == 1);
        }

        @Test
        @DisplayName("with two relays publishing one outbox, every aggregate's events reach the topic in the order they were recorded")
        void twoRelaysKeepEachAggregatesOrder() {
            // the second relay is no bean, so commits do not wake it: it polls all the time instead, always ready to race
            OutboxRelay second = new OutboxRelay(dataSource, kafka, pollingEvery(Duration.ofMillis(5)), meters, "messaging-probe");
            second.start(null);
            List<UUID> aggregates = new ArrayList<>();
            java.util.Map<UUID, List<UUID>> recorded = new java.util.concurrent.ConcurrentHashMap<>();
            try {
                for (int i = 0; i < 10; i++) {
                    UUID aggregate = UUID.randomUUID();
                    aggregates.add(aggregate);
                    recorded.put(aggregate, new java.util.concurrent.CopyOnWriteArrayList<>());
                }
                // ten writers at once, each appending the next event of every aggregate, so both relays always have work
                java.util.stream.IntStream.range(0, 10).parallel().forEach(round -> {
                    for (UUID aggregate : aggregates) {
                        synchronized (recorded.get(aggregate)) {
                            UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.record(partner(aggregate, "Order " + round)).id());
                            recorded.get(aggregate).add(id);
                        }
                    }
                });
                await().atMost(WAIT).until(() -> aggregates.stream().allMatch(a -> topic().eventsAbout(a.toString()).size() >= 10));
            } finally {
                second.stop(null);
            }
            for (UUID aggregate : aggregates) {
                assertThat(topic().eventsAbout(aggregate.toString()).stream().map(EventEnvelope::id).distinct().toList())
                        .as("order of aggregate %s on the wire", aggregate).containsExactlyElementsOf(recorded.get(aggregate));
            }
        }
    }

    @Nested
    @DisplayName("the consumer")
    class TheConsumer {

        @Test
        @DisplayName("the same event delivered twice has one effect")
        void duplicateDeliveryHasOneEffect() {
            UUID tenant = UUID.randomUUID();
            EventEnvelope event = envelope(partner(tenant, "Twice AB"));

            TopicReader.publish(infra, event);
            TopicReader.publish(infra, event);
            UUID marker = UUID.randomUUID();
            TopicReader.publish(infra, envelope(partner(marker, "Marker AB")).withSubject(tenant.toString()));

            // the marker shares the key, so it is consumed after both copies
            await().atMost(WAIT).until(() -> effectsFor(marker) == 1);
            assertThat(effectsFor(tenant)).isEqualTo(1);
            assertThat(inboxRows(event.id())).isEqualTo(1);
        }

        @Test
        @DisplayName("partitions are handled side by side: while a slow event holds its partition, an event on another partition is applied; the slow one follows, once")
        void aSlowEventHoldsOnlyItsPartition() {
            UUID slow = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            while (partitionOf(other) == partitionOf(slow)) {
                other = UUID.randomUUID();
            }
            UUID elsewhere = other;
            ProbeHandler.HELD = new java.util.concurrent.CountDownLatch(1);
            try {
                TopicReader.publish(infra, envelope(partner(slow, ProbeHandler.HELD_COMPANY)));
                await().atMost(WAIT).until(() -> effectIds(slow).isEmpty() && heldInLine());
                TopicReader.publish(infra, envelope(partner(elsewhere, "Elsewhere AB")));

                await().atMost(Duration.ofSeconds(10)).until(() -> effectsFor(elsewhere) == 1);
                assertThat(effectIds(slow)).as("the slow event is still being handled").isEmpty();
            } finally {
                ProbeHandler.HELD.countDown();
            }
            await().atMost(WAIT).until(() -> effectsFor(slow) == 1);
            assertThat(effectsFor(elsewhere)).isEqualTo(1);
        }

        /** Whether a consumer thread is inside the probe, waiting for the held event to be let go. */
        private boolean heldInLine() {
            return Thread.getAllStackTraces().entrySet().stream().anyMatch(t -> t.getKey().getName().startsWith("event-consumer")
                    && java.util.Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().startsWith(ProbeHandler.class.getName())));
        }

        /** The partition the producer's default partitioner picks for a key on the three-partition topic. */
        private int partitionOf(UUID key) {
            return org.apache.kafka.common.utils.Utils.toPositive(
                    org.apache.kafka.common.utils.Utils.murmur2(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))) % 3;
        }

        @Test
        @DisplayName("a failing event is parked after its short in-line retries: other keys go on at once, later events of its key wait behind it and follow in order once it succeeds")
        void failingEventCostsOnlyItsKey() {
            UUID poisoned = UUID.randomUUID();
            EventEnvelope poison = envelope(partner(poisoned, ProbeHandler.POISON));
            EventEnvelope follower = envelope(partner(poisoned, "Follower AB"));
            UUID healthy = UUID.randomUUID();

            TopicReader.publish(infra, poison);
            TopicReader.publish(infra, follower);
            long published = System.nanoTime();
            TopicReader.publish(infra, envelope(partner(healthy, "Healthy AB")));

            await().atMost(Duration.ofSeconds(5)).until(() -> effectsFor(healthy) == 1);
            assertThat(Duration.ofNanos(System.nanoTime() - published)).as("another key's event waits for no parked one")
                    .isLessThan(Duration.ofSeconds(5));
            await().atMost(WAIT).until(() -> parked(follower.id()).isPresent());
            ParkedEvents.Parked head = parked(poison.id()).orElseThrow();
            assertThat(head.status()).isEqualTo(ParkedEvents.PARKED);
            assertThat(head.behind()).isFalse();
            assertThat(head.lastError()).contains("probe refuses poison");
            assertThat(parked(follower.id()).orElseThrow().behind()).as("the follower waits behind its key's head").isTrue();
            assertThat(effectIds(poisoned)).as("nothing of the poisoned key is applied while its head is parked").isEmpty();

            ProbeHandler.cure(poisoned);

            await().atMost(WAIT).until(() -> effectIds(poisoned).size() == 2);
            assertThat(effectIds(poisoned)).as("the key's events, in their order").containsExactly(poison.id(), follower.id());
            assertThat(parked(poison.id())).isEmpty();
            assertThat(parked(follower.id())).isEmpty();
            assertThat(inboxRows(poison.id())).isEqualTo(1);
        }

        @Test
        @DisplayName("a parked event that keeps failing is dead after its attempts and copied to <topic>.dlq with the error; an operator's replay gives it fresh attempts")
        void parkedEventDiesThenReplays() {
            UUID tenant = UUID.randomUUID();
            EventEnvelope poison = envelope(partner(tenant, ProbeHandler.POISON));

            TopicReader.publish(infra, poison);

            await().atMost(WAIT).until(() -> deadLetters().records().stream().anyMatch(r -> r.value().contains(poison.id().toString())));
            ConsumerRecord<String, String> dead = deadLetters().records().stream()
                    .filter(r -> r.value().contains(poison.id().toString())).findFirst().orElseThrow();
            assertThat(new String(dead.headers().lastHeader("dlq_error").value(), StandardCharsets.UTF_8)).contains("probe refuses poison");
            assertThat(new String(dead.headers().lastHeader("dlq_consumer").value(), StandardCharsets.UTF_8)).isEqualTo("messaging-probe");
            await().atMost(WAIT).until(() -> parked(poison.id()).map(p -> p.status().equals(ParkedEvents.DEAD)).orElse(false));
            assertThat(parked(poison.id()).orElseThrow().attempts()).isEqualTo(3);
            assertThat(effectsFor(tenant)).as("every failed attempt was rolled back").isZero();
            assertThat(inboxRows(poison.id())).isZero();

            String operator = "Bearer " + infra.jwts().operatorToken();
            given().header("Authorization", operator).queryParam("status", "DEAD")
                    .when().get("/v1/operator/parked-events")
                    .then().statusCode(200).body("eventId", hasItem(poison.id().toString()));
            given().header("Authorization", "Bearer " + infra.jwts().token(tenant, "GlobalAdmin"))
                    .when().post("/v1/operator/parked-events/{id}/replay", poison.id())
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", operator)
                    .when().post("/v1/operator/parked-events/{id}/replay", UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));

            ProbeHandler.cure(tenant);
            given().header("Authorization", operator)
                    .when().post("/v1/operator/parked-events/{id}/replay", poison.id())
                    .then().statusCode(200).body("status", equalTo("PARKED")).body("attempts", equalTo(0));

            await().atMost(WAIT).until(() -> effectsFor(tenant) == 1);
            assertThat(parked(poison.id())).isEmpty();
        }

        @Test
        @DisplayName("records of one poll are handled together in one inbox transaction, each once; a failing one in the batch is parked alone, the rest applied, its key's later record parked behind it")
        void batchIsHandledTogetherAndAFailureCostsOnlyItsKey() {
            UUID first = UUID.randomUUID();
            UUID last = UUID.randomUUID();
            UUID poisoned = UUID.randomUUID();
            EventEnvelope a = envelope(partner(first, "First AB"));
            EventEnvelope poison = envelope(partner(poisoned, ProbeHandler.POISON));
            EventEnvelope follower = envelope(partner(poisoned, "Follower AB"));
            EventEnvelope d = envelope(partner(last, "Last AB"));
            List<EventEnvelope> healthy = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                healthy.add(envelope(partner(UUID.randomUUID(), "Healthy " + i + " AB")));
            }
            List<ConsumerRecord<String, String>> clean = new ArrayList<>();
            healthy.forEach(e -> clean.add(record(clean.size(), e)));
            clean.add(record(clean.size(), healthy.get(0))); // a redelivery inside the batch
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();

            consumer.processBatch(clean, done);

            assertThat(clean).as("the batch is emptied once handled").isEmpty();
            healthy.forEach(e -> assertThat(inboxRows(e.id())).isEqualTo(1));
            assertThat(healthy).allSatisfy(e -> assertThat(effectsFor(e.payload(PartnerRegistered.class).tenantId())).isEqualTo(1));
            assertThat(done.values()).extracting(OffsetAndMetadata::offset).containsExactly(6L);

            List<ConsumerRecord<String, String>> mixed = new ArrayList<>(List.of(record(10, a), record(11, poison),
                    record(12, follower), record(13, d)));
            consumer.processBatch(mixed, done);

            assertThat(effectsFor(first)).isEqualTo(1);
            assertThat(effectsFor(last)).isEqualTo(1);
            assertThat(effectIds(poisoned)).as("nothing of the poisoned key is applied").isEmpty();
            assertThat(parked(poison.id()).orElseThrow().behind()).isFalse();
            assertThat(parked(follower.id()).orElseThrow().behind()).as("the follower waits behind its key's head").isTrue();
            assertThat(done.values()).extracting(OffsetAndMetadata::offset).containsExactly(14L);

            ProbeHandler.cure(poisoned);
            await().atMost(WAIT).until(() -> effectIds(poisoned).size() == 2);
            assertThat(effectIds(poisoned)).as("the key's events, in their order").containsExactly(poison.id(), follower.id());
        }

        private ConsumerRecord<String, String> record(long offset, EventEnvelope event) {
            // a partition of its own: this test hands the records to the consumer itself, the broker never sees them
            return new ConsumerRecord<>(Topics.PARTNER_EVENTS, 99, offset, event.subject(), EventJson.write(event));
        }

        @Test
        @DisplayName("a record that is not an event goes to the dead-letter topic at once; unknown event types are ignored")
        void malformedAndUnknown() {
            String marker = UUID.randomUUID().toString();
            TopicReader.publish(infra, Topics.PARTNER_EVENTS, "k", "{not json " + marker);
            EventEnvelope unknown = new EventEnvelope("1.0", UUID.randomUUID(), "/elsewhere", "partner.renamed.v9",
                    UUID.randomUUID().toString(), OffsetDateTime.now(), "application/json", null, EventJson.MAPPER.createObjectNode());
            TopicReader.publish(infra, Topics.PARTNER_EVENTS, unknown.subject(), EventJson.write(unknown));
            UUID after = UUID.randomUUID();
            TopicReader.publish(infra, envelope(partner(after, "After AB")));

            await().atMost(WAIT).until(() -> deadLetters().records().stream().anyMatch(r -> r.value().contains(marker)));
            await().atMost(WAIT).until(() -> effectsFor(after) == 1);
            assertThat(inboxRows(unknown.id())).isZero();
            assertThat(deadLetters().records()).noneMatch(r -> r.value().contains(unknown.id().toString()));
        }
    }

    private static PartnerRegistered partner(UUID tenant, String company) {
        return new PartnerRegistered(tenant, "1234567", company, "SE", "sv-SE",
                new PartnerRegistered.Contact("Eva", "Lind", "eva@fabrikam.se"), null, List.of(), null);
    }

    private static EventEnvelope envelope(PartnerRegistered payload) {
        return EventEnvelope.wrap(UUID.randomUUID(), "/test", OffsetDateTime.now(), UUID.randomUUID().toString(), payload);
    }

    private List<ConsumerRecord<String, String>> onWire(UUID eventId) {
        return topic().records().stream().filter(r -> EventJson.read(r.value()).id().equals(eventId)).toList();
    }

    private long effectsFor(UUID tenant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM probe_effect WHERE tenant_id = ?1").setParameter(1, tenant)
                .getSingleResult()).longValue());
    }

    private MessagingConfig pollingEvery(Duration interval) {
        MessagingConfig.Relay relay = config.relay();
        return new MessagingConfig() {
            @Override
            public MessagingConfig.Outbox outbox() {
                return config.outbox();
            }

            @Override
            public MessagingConfig.Audit audit() {
                return config.audit();
            }

            @Override
            public MessagingConfig.Relay relay() {
                return new MessagingConfig.Relay() {
                    @Override
                    public boolean enabled() {
                        return true;
                    }

                    @Override
                    public Duration pollInterval() {
                        return interval;
                    }

                    @Override
                    public int batchSize() {
                        return relay.batchSize();
                    }

                    @Override
                    public Duration sendTimeout() {
                        return relay.sendTimeout();
                    }

                    @Override
                    public Duration maxBackoff() {
                        return relay.maxBackoff();
                    }
                };
            }

            @Override
            public MessagingConfig.Consumer consumer() {
                return config.consumer();
            }
        };
    }

    /** The events applied for a tenant, in the order they were applied. */
    @SuppressWarnings("unchecked") // a native query of one column: a list of its values
    private List<UUID> effectIds(UUID tenant) {
        return QuarkusTransaction.requiringNew().call(() -> (List<UUID>) entityManager
                .createNativeQuery("SELECT event_id FROM probe_effect WHERE tenant_id = ?1 ORDER BY applied_at", UUID.class)
                .setParameter(1, tenant).getResultList());
    }

    private java.util.Optional<ParkedEvents.Parked> parked(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> parkedEvents.find(eventId));
    }

    private String lastError(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT last_error FROM outbox_event WHERE id = ?1").setParameter(1, eventId)
                .getSingleResult());
    }

    private long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }

    private long outboxRowsAbout(UUID tenant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1").setParameter(1, tenant.toString())
                .getSingleResult()).longValue());
    }

    private Object sentAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT sent_at FROM outbox_event WHERE id = ?1").setParameter(1, eventId)
                .getSingleResult());
    }
}
