package org.csptransition.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.NotificationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The notification log: every query of it, native or JPQL, is here. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * N2: adds a new e-mail unless the same event already caused one to the same recipient with the same template (the
     * unique {@code notification_once}), so a redelivered event adds nothing. Returns 1 when added, 0 when it existed.
     */
    public int addOnce(Notification n) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO notification (id, event_id, event_type, subject_id, template, recipient_tenant_id,
                          recipient_email, locale, subject, body, status, attempts, next_attempt_at, created_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0)
                        ON CONFLICT ON CONSTRAINT notification_once DO NOTHING""")
                .setParameter(1, n.id()).setParameter(2, n.eventId()).setParameter(3, n.eventType())
                .setParameter(4, n.subjectId()).setParameter(5, n.template()).setParameter(6, n.recipientTenantId())
                .setParameter(7, n.recipientEmail()).setParameter(8, n.locale()).setParameter(9, n.subject())
                .setParameter(10, n.body()).setParameter(11, n.status().name()).setParameter(12, n.attempts())
                .setParameter(13, n.nextAttemptAt()).setParameter(14, n.createdAt())
                .executeUpdate();
    }

    /** Cancels the e-mails of a template about a subject that have not gone out yet; returns how many. */
    public int cancelPending(String subjectId, String template) {
        return getEntityManager().createNativeQuery("""
                        UPDATE notification SET status = 'CANCELLED', version = version + 1
                        WHERE subject_id = ?1 AND template = ?2 AND status = 'PENDING'""")
                .setParameter(1, subjectId).setParameter(2, template).executeUpdate();
    }

    /**
     * N3: one page of the log, newest first, filtered by whichever argument is not null; {@code createdBefore} and
     * {@code idBefore} continue after the last row of the previous page.
     */
    public List<Notification> page(UUID recipientTenantId, String eventType, String subjectId, NotificationStatus status,
                                   Instant createdBefore, UUID idBefore, int size) {
        StringBuilder jpql = new StringBuilder("FROM Notification n WHERE 1 = 1");
        if (recipientTenantId != null) {
            jpql.append(" AND n.recipientTenantId = :recipient");
        }
        if (eventType != null) {
            jpql.append(" AND n.eventType = :eventType");
        }
        if (subjectId != null) {
            jpql.append(" AND n.subjectId = :subjectId");
        }
        if (status != null) {
            jpql.append(" AND n.status = :status");
        }
        if (createdBefore != null) {
            jpql.append(" AND (n.createdAt < :before OR (n.createdAt = :before AND n.id < :idBefore))");
        }
        jpql.append(" ORDER BY n.createdAt DESC, n.id DESC");
        var query = getEntityManager().createQuery(jpql.toString(), Notification.class).setMaxResults(size);
        if (recipientTenantId != null) {
            query.setParameter("recipient", recipientTenantId);
        }
        if (eventType != null) {
            query.setParameter("eventType", eventType);
        }
        if (subjectId != null) {
            query.setParameter("subjectId", subjectId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (createdBefore != null) {
            query.setParameter("before", createdBefore).setParameter("idBefore", idBefore);
        }
        return query.getResultList();
    }

    /**
     * N2: claims up to {@code limit} pending e-mails due by {@code now}, oldest due first, with {@code FOR UPDATE SKIP
     * LOCKED}: another replica's sender skips them until this transaction ends, so no e-mail is sent by two.
     */
    @SuppressWarnings("unchecked") // a native query of one column: a list of its values
    public List<Notification> claimDue(Instant now, int limit) {
        // no result class, as in WebhookRepository#claimDue: the plan of this query is cached once, not once per call
        @SuppressWarnings("unchecked")
        List<Object> due = getEntityManager().createNativeQuery("""
                        SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return due.stream().map(id -> getEntityManager().find(Notification.class, uuid(id))).toList();
    }

    /** A uuid column's value as a plain native query returns it. */
    static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** How many e-mails wait to be sent, and the age in seconds of the oldest of them (0 when none waits). */
    public Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                FROM notification WHERE status = 'PENDING'""").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
    }

    public record Backlog(long pending, double oldestPendingSeconds) {
    }
}
