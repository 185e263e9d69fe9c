package org.csptransition.platform.messaging;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.context.CorrelationContext;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.http.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The audit trail, the same in every service that records events: each event the {@link Outbox} records is also an
 * audit entry of its object (aggregate type and id), in the same transaction: who (the caller's {@code sub} and
 * {@code tid}, or {@code system:<service>} for scheduled work and consumed events), when, what changed (the event's
 * data), through which request (its correlation id), and the parties to the object (every {@code tenantId} or
 * {@code …TenantId} of the event, and the acting tenant). Rows are never updated; deleted only when older than
 * {@code platform.messaging.audit.retention} (a database trigger refuses anything else).
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final Instance<Caller> caller;
    private final Clock clock;
    private final Duration retention;
    private final boolean enabled;
    private final String system;
    private final CorrelationContext correlation;

    AuditTrail(EntityManager entityManager, Instance<Caller> caller, Clock clock, MessagingConfig config,
               @ConfigProperty(name = "quarkus.application.name") String applicationName, CorrelationContext correlation) {
        this.entityManager = entityManager;
        this.correlation = correlation;
        this.caller = caller;
        this.clock = clock;
        this.retention = config.audit().retention();
        this.enabled = config.audit().enabled();
        this.system = "system:" + applicationName;
    }

    /** One entry of an object's trail, as its parties and the operator read it. */
    public record Entry(UUID id, String objectType, String objectId, String action, String user, UUID tenantId,
                        OffsetDateTime occurredAt, String correlationId, String change) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(EventType type, EventEnvelope envelope, EventPayload payload) {
        insert(type.aggregateType(), envelope.subject(), type.wireName(), partiesOf(payload), envelope.time(),
                envelope.correlationid(), envelope.data().toString());
    }

    /**
     * An entry for a change that publishes no event (a policy version, a revenue load, a webhook endpoint): the same who,
     * when and through which request as an event's entry, in the caller's transaction, so it exists exactly when the
     * change does. {@code action} names the change like an event type ({@code directbill.policy.version.added});
     * {@code change} is its JSON (what changed, never a secret); {@code parties} the tenants that may read it besides
     * the acting tenant and the operator.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(String objectType, String objectId, String action, Set<UUID> parties, String changeJson) {
        insert(objectType, objectId, action, new LinkedHashSet<>(parties), OffsetDateTime.now(clock),
                CorrelationContext.current(correlation), changeJson);
    }

    private void insert(String objectType, String objectId, String action, Set<UUID> parties, OffsetDateTime occurredAt,
                        String correlationId, String changeJson) {
        if (!enabled) {
            return;
        }
        String user = system;
        UUID tenant = null;
        if (Arc.container().requestContext().isActive()) {
            Caller who = caller.get();
            try {
                if (who.userId() != null) {
                    user = who.userId();
                    tenant = who.tenantId();
                }
            } catch (RefusedException noTenant) {
                // a token without tid cannot have got this far; recorded as the system
            }
        }
        if (tenant != null) {
            parties.add(tenant);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO audit_entry (id, object_type, object_id, action, actor_user, actor_tenant, parties, occurred_at,
                                                 correlation_id, change)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS uuid[]), ?8, ?9, CAST(?10 AS jsonb))""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, objectType)
                .setParameter(3, objectId)
                .setParameter(4, action)
                .setParameter(5, user)
                .setParameter(6, tenant)
                .setParameter(7, "{" + String.join(",", parties.stream().map(UUID::toString).toList()) + "}")
                .setParameter(8, occurredAt)
                .setParameter(9, correlationId)
                .setParameter(10, changeJson)
                .executeUpdate();
    }

    /** Every tenant the event names: record components of type UUID called {@code tenantId} or {@code …TenantId}. */
    static Set<UUID> partiesOf(EventPayload payload) {
        Set<UUID> parties = new LinkedHashSet<>();
        RecordComponent[] components = payload.getClass().getRecordComponents();
        if (components == null) {
            return parties;
        }
        for (RecordComponent component : components) {
            if (component.getType() == UUID.class && (component.getName().equals("tenantId") || component.getName().endsWith("TenantId"))) {
                try {
                    Object value = component.getAccessor().invoke(payload);
                    if (value != null) {
                        parties.add((UUID) value);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component.getName() + " of " + payload.getClass().getName(), e);
                }
            }
        }
        return parties;
    }

    /** The trail of one object, oldest first: all of it for the operator, else the entries naming {@code party}; at most {@code limit}. */
    @Transactional
    public List<Entry> of(String objectType, String objectId, UUID party, int limit) {
        if (!enabled) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT id, object_type, object_id, action, actor_user, actor_tenant, occurred_at, correlation_id, CAST(change AS text)
                        FROM audit_entry
                        WHERE object_type = ?1 AND object_id = ?2 AND (CAST(?3 AS uuid) IS NULL OR CAST(?3 AS uuid) = ANY (parties))
                        ORDER BY position LIMIT ?4""")
                .setParameter(1, objectType)
                .setParameter(2, objectId)
                .setParameter(3, party == null ? null : party.toString())
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Entry((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (UUID) r[5], offset(r[6]), (String) r[7], (String) r[8])).toList();
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** Deletes the entries older than the retention; returns how many. Safe on any number of replicas. */
    @Transactional
    public int purge() {
        entityManager.createNativeQuery("SELECT set_config('csp.audit_purge', 'on', true)").getSingleResult();
        return entityManager.createNativeQuery("DELETE FROM audit_entry WHERE occurred_at < ?1")
                .setParameter(1, Instant.now(clock).minus(retention).atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
    }

    @Scheduled(identity = "audit-retention", every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        if (enabled) {
            purge();
        }
    }
}
