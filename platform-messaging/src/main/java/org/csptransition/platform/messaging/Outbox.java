package org.csptransition.platform.messaging;

import org.csptransition.platform.context.CorrelationContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.EventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records events in the transaction of the state change that causes them. Business code never talks to Kafka:
 * the {@link OutboxRelay} publishes the rows after commit, and a rolled-back change publishes nothing.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Clock clock;
    private final CorrelationContext correlation;
    private final Event<OutboxWritten> written;
    private final String source;

    Outbox(EntityManager entityManager, Clock clock, CorrelationContext correlation, Event<OutboxWritten> written,
           @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.correlation = correlation;
        this.written = written;
        this.source = "/" + applicationName;
    }

    /** Adds the event to the current transaction; it is published only if that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(EventPayload payload) {
        EventType type = EventType.of(payload.getClass());
        EventEnvelope envelope = EventEnvelope.wrap(UUID.randomUUID(), source, OffsetDateTime.now(clock),
                CorrelationContext.current(correlation), payload);
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, topic, occurred_at, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb))""")
                .setParameter(1, envelope.id())
                .setParameter(2, type.aggregateType())
                .setParameter(3, envelope.subject())
                .setParameter(4, type.wireName())
                .setParameter(5, type.topic())
                .setParameter(6, envelope.time())
                .setParameter(7, EventJson.write(envelope))
                .executeUpdate();
        written.fire(new OutboxWritten(envelope.id()));
        return envelope;
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(UUID eventId) {
    }
}
