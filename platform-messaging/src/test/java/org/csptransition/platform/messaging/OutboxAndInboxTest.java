package org.csptransition.platform.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerRegistered;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
        @DisplayName("an event that keeps failing is retried a bounded number of times, then goes to <topic>.dlq with the error")
        void failingEventGoesToDeadLetterTopic() {
            UUID tenant = UUID.randomUUID();
            EventEnvelope poison = envelope(partner(tenant, ProbeHandler.POISON));

            TopicReader.publish(infra, poison);

            await().atMost(WAIT).until(() -> deadLetters().records().stream().anyMatch(r -> r.value().contains(poison.id().toString())));
            ConsumerRecord<String, String> dead = deadLetters().records().stream()
                    .filter(r -> r.value().contains(poison.id().toString())).findFirst().orElseThrow();
            assertThat(new String(dead.headers().lastHeader("dlq_error").value(), StandardCharsets.UTF_8)).contains("probe refuses poison");
            assertThat(new String(dead.headers().lastHeader("dlq_consumer").value(), StandardCharsets.UTF_8)).isEqualTo("messaging-probe");
            assertThat(effectsFor(tenant)).as("every failed attempt was rolled back").isZero();
            assertThat(inboxRows(poison.id())).isZero();

            UUID after = UUID.randomUUID();
            TopicReader.publish(infra, envelope(partner(after, "After AB")));
            await().atMost(WAIT).until(() -> effectsFor(after) == 1);
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
