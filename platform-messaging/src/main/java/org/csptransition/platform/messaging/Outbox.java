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

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records events in the transaction of the state change that causes them. Business code never talks to Kafka:
 * the {@link OutboxRelay} publishes the rows after commit, and a rolled-back change publishes nothing. Each event is
 * also an entry of its object's {@link AuditTrail}, in the same transaction.
 */
@ApplicationScoped
public class Outbox {

    public static final String EVENT_TOO_LARGE = "EVENT_TOO_LARGE";

    private final EntityManager entityManager;
    private final Clock clock;
    private final CorrelationContext correlation;
    private final Event<OutboxWritten> written;
    private final AuditTrail audit;
    private final String source;
    private final int maxEventBytes;

    Outbox(EntityManager entityManager, Clock clock, CorrelationContext correlation, Event<OutboxWritten> written,
           AuditTrail audit, MessagingConfig config, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.correlation = correlation;
        this.written = written;
        this.audit = audit;
        this.source = "/" + applicationName;
        this.maxEventBytes = config.outbox().maxEventBytes();
    }

    /**
     * Adds the event to the current transaction; it is published only if that transaction commits. An event larger than
     * the broker accepts is refused here ({@value #EVENT_TOO_LARGE}, 422), so the change that would cause it is refused
     * with it, rather than the relay meeting a row it can never publish.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(EventPayload payload) {
        EventType type = EventType.of(payload.getClass());
        EventEnvelope envelope = EventEnvelope.wrap(UUID.randomUUID(), source, OffsetDateTime.now(clock),
                CorrelationContext.current(correlation), payload);
        String json = EventJson.write(envelope);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            throw new RefusedException(Refusal.invalid(EVENT_TOO_LARGE, "The change would cause an event of " + bytes
                            + " bytes (" + type.wireName() + "); at most " + maxEventBytes + " can be published")
                    .with("eventType", type.wireName()).with("bytes", bytes).with("maxBytes", maxEventBytes));
        }
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, topic, occurred_at, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb))""")
                .setParameter(1, envelope.id())
                .setParameter(2, type.aggregateType())
                .setParameter(3, envelope.subject())
                .setParameter(4, type.wireName())
                .setParameter(5, type.topic())
                .setParameter(6, envelope.time())
                .setParameter(7, json)
                .executeUpdate();
        audit.record(type, envelope, payload);
        written.fire(new OutboxWritten(envelope.id()));
        return envelope;
    }

    /** Fired inside the writing transaction; the relay observes it after a successful commit. */
    public record OutboxWritten(UUID eventId) {
    }
}
