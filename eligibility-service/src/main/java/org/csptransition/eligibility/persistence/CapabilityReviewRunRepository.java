package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.eligibility.domain.CapabilityReviewState;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** E5 the progress row of a capability review ({@code capability_review_run}, V11); each call runs in its caller's transaction. */
@ApplicationScoped
public class CapabilityReviewRunRepository {

    private final EntityManager entityManager;

    CapabilityReviewRunRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Run(UUID id, LocalDate asOf, String policyVersion, String requestedBy, CapabilityReviewState state, int processed,
                      Integer total, Instant startedAt, Instant updatedAt, String failure) {
    }

    public void open(UUID id, LocalDate asOf, String policyVersion, String requestedBy, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO capability_review_run (id, as_of, policy_version, requested_by, state, processed, started_at, updated_at)
                        VALUES (?1, ?2, ?3, ?4, 'RUNNING', 0, ?5, ?5)""")
                .setParameter(1, id).setParameter(2, asOf).setParameter(3, policyVersion).setParameter(4, requestedBy)
                .setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    public void progress(UUID id, int processed, int total, Instant now) {
        entityManager.createNativeQuery("UPDATE capability_review_run SET processed = ?2, total = ?3, updated_at = ?4 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, processed).setParameter(3, total).setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public void finish(UUID id, CapabilityReviewState state, String failure, Instant now) {
        entityManager.createNativeQuery("UPDATE capability_review_run SET state = ?2, failure = ?3, updated_at = ?4 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, state.name()).setParameter(3, failure).setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public Optional<Run> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, as_of, policy_version, requested_by, state, processed, total, started_at, updated_at, failure
                        FROM capability_review_run WHERE id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Run((UUID) r[0], date(r[1]), (String) r[2], (String) r[3],
                CapabilityReviewState.valueOf((String) r[4]), ((Number) r[5]).intValue(), r[6] == null ? null : ((Number) r[6]).intValue(),
                instant(r[7]), instant(r[8]), (String) r[9]));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
