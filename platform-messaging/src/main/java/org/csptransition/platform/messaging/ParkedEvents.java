package org.csptransition.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * This consumer's parked events ({@code parked_event}): every query of the table is here. A key with a parked event is
 * blocked: its later events are parked behind the first, and only the first of a key (its head) is ever retried.
 */
@ApplicationScoped
public class ParkedEvents {

    public static final String PARKED = "PARKED";
    public static final String DEAD = "DEAD";

    private final EntityManager entityManager;
    private final String consumer;

    ParkedEvents(EntityManager entityManager, @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.entityManager = entityManager;
        this.consumer = consumer;
    }

    /** One parked event as the operator sees it; {@code behind} is true while an earlier event of its key is parked. */
    public record Parked(UUID eventId, String key, String type, String topic, String status, int attempts,
                         OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime parkedAt, boolean behind) {
    }

    /** A due head: the oldest parked event of its key, due for its next attempt. */
    record Head(long position, UUID eventId, String key, String topic, String record, int attempts) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keyBlocked(String key) {
        return !entityManager.createNativeQuery("SELECT 1 FROM parked_event WHERE consumer = ?1 AND event_key = ?2 LIMIT 1")
                .setParameter(1, consumer).setParameter(2, key).getResultList().isEmpty();
    }

    /** Of these keys, those with a parked event of this consumer: a later event of such a key is parked behind it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> blockedKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> blocked = entityManager.createNativeQuery(
                        "SELECT DISTINCT event_key FROM parked_event WHERE consumer = ?1 AND event_key IN (?2)")
                .setParameter(1, consumer).setParameter(2, List.copyOf(keys)).getResultList();
        return new HashSet<>(blocked);
    }

    /**
     * Parks an event (nothing when this consumer already parked it: a redelivery). Its attempts count the retries while
     * parked, not the in-line ones before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void park(UUID eventId, String key, String type, String topic, String record, Instant nextAttempt,
                     String error, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO parked_event (consumer, event_id, event_key, event_type, topic, record, status, attempts,
                          next_attempt_at, last_error, parked_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PARKED', 0, ?7, ?8, ?9)
                        ON CONFLICT ON CONSTRAINT parked_event_once DO NOTHING""")
                .setParameter(1, consumer).setParameter(2, eventId).setParameter(3, key).setParameter(4, type)
                .setParameter(5, topic).setParameter(6, record).setParameter(7, utc(nextAttempt))
                .setParameter(8, error).setParameter(9, utc(now))
                .executeUpdate();
    }

    /** The heads due by {@code now}, oldest first. Followers of a head are never returned. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked") // a native query of several columns: rows of Object[]
    List<Head> dueHeads(Instant now, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.position, p.event_id, p.event_key, p.topic, p.record, p.attempts FROM parked_event p
                        WHERE p.consumer = ?1 AND p.status = 'PARKED' AND p.next_attempt_at <= ?2
                          AND NOT EXISTS (SELECT 1 FROM parked_event e
                                          WHERE e.consumer = p.consumer AND e.event_key = p.event_key AND e.position < p.position)
                        ORDER BY p.position LIMIT ?3""")
                .setParameter(1, consumer).setParameter(2, utc(now)).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Head(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Locks a head for its retry; empty when another replica holds it or it is no longer parked. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean lock(long position) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM parked_event WHERE position = ?1 AND status = 'PARKED' FOR UPDATE SKIP LOCKED""")
                .setParameter(1, position).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void remove(long position) {
        entityManager.createNativeQuery("DELETE FROM parked_event WHERE position = ?1").setParameter(1, position).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void attemptFailed(long position, String error, Instant nextAttempt) {
        entityManager.createNativeQuery("""
                        UPDATE parked_event SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3
                        WHERE position = ?1""")
                .setParameter(1, position).setParameter(2, error).setParameter(3, utc(nextAttempt)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void dead(long position, String error) {
        entityManager.createNativeQuery("""
                        UPDATE parked_event SET status = 'DEAD', attempts = attempts + 1, last_error = ?2 WHERE position = ?1""")
                .setParameter(1, position).setParameter(2, error).executeUpdate();
    }

    /** The operator's replay: the event gets a fresh set of attempts, due now. False when this consumer has no such event. */
    @Transactional
    public boolean replay(UUID eventId, Instant now) {
        return entityManager.createNativeQuery("""
                        UPDATE parked_event SET status = 'PARKED', attempts = 0, next_attempt_at = ?3
                        WHERE consumer = ?1 AND event_id = ?2""")
                .setParameter(1, consumer).setParameter(2, eventId).setParameter(3, utc(now)).executeUpdate() == 1;
    }

    /** Parked and dead events of this consumer, oldest first; {@code status} null for both. */
    @Transactional
    @SuppressWarnings("unchecked") // a native query of several columns: rows of Object[]
    public List<Parked> list(String status, int limit) {
        var query = status == null
                ? entityManager.createNativeQuery(SELECT_PARKED + " ORDER BY p.position LIMIT ?2").setParameter(2, limit)
                : entityManager.createNativeQuery(SELECT_PARKED + " AND p.status = ?2 ORDER BY p.position LIMIT ?3")
                        .setParameter(2, status).setParameter(3, limit);
        query.setParameter(1, consumer);
        return ((List<Object[]>) query.getResultList()).stream().map(ParkedEvents::parked).toList();
    }

    @Transactional
    @SuppressWarnings("unchecked") // a native query of several columns: rows of Object[]
    public Optional<Parked> find(UUID eventId) {
        return ((List<Object[]>) entityManager.createNativeQuery(SELECT_PARKED + " AND p.event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getResultList()).stream().map(ParkedEvents::parked).findFirst();
    }

    private static final String SELECT_PARKED = """
            SELECT p.event_id, p.event_key, p.event_type, p.topic, p.status, p.attempts, p.next_attempt_at,
                   p.last_error, p.parked_at,
                   EXISTS (SELECT 1 FROM parked_event e
                           WHERE e.consumer = p.consumer AND e.event_key = p.event_key AND e.position < p.position)
            FROM parked_event p WHERE p.consumer = ?1""";

    private static Parked parked(Object[] r) {
        return new Parked((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), offset(r[6]), (String) r[7], offset(r[8]), (Boolean) r[9]);
    }

    /** How many of this consumer's events are in {@code status}: for the metrics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long count(String status) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM parked_event WHERE consumer = ?1 AND status = ?2")
                .setParameter(1, consumer).setParameter(2, status).getSingleResult()).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return utc(instant);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
