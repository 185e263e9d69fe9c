package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.NotificationStatus;
import org.csptransition.platform.events.EventEnvelope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** N1–N3: turns facts into pending e-mails (once per event, recipient and template), and the log of them. */
@ApplicationScoped
public class Notifications {

    private final EntityManager entityManager;
    private final MailRenderer renderer;
    private final Clock clock;
    private final Event<Enqueued> enqueued;

    Notifications(EntityManager entityManager, MailRenderer renderer, Clock clock, Event<Enqueued> enqueued) {
        this.entityManager = entityManager;
        this.renderer = renderer;
        this.clock = clock;
        this.enqueued = enqueued;
    }

    /** Fired in the enqueueing transaction; the sender observes it after commit. */
    public record Enqueued(int count) {
    }

    /**
     * Writes the e-mails an event causes, in the consumer's transaction. N2: the unique (event, recipient, template)
     * means a redelivered event adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(EventEnvelope event, List<MailRequest> mails) {
        Instant now = Instant.now(clock);
        int added = 0;
        for (MailRequest mail : mails) {
            if (mail.email() == null || mail.email().isBlank()) {
                continue;
            }
            MailRenderer.Rendered rendered = renderer.render(mail.template(), mail.locale(), mail.data());
            Notification n = Notification.pending(UUID.randomUUID(), event.id(), event.type(), event.subject(),
                    mail.template().id(), mail.recipientTenantId(), mail.email(), rendered.locale(), rendered.subject(),
                    rendered.body(), now);
            added += entityManager.createNativeQuery("""
                            INSERT INTO notification (id, event_id, event_type, subject_id, template, recipient_tenant_id,
                              recipient_email, locale, subject, body, status, attempts, next_attempt_at, created_at, version)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?13, ?12, 0)
                            ON CONFLICT ON CONSTRAINT notification_once DO NOTHING""")
                    .setParameter(1, n.id()).setParameter(2, n.eventId()).setParameter(3, n.eventType())
                    .setParameter(4, n.subjectId()).setParameter(5, n.template()).setParameter(6, n.recipientTenantId())
                    .setParameter(7, n.recipientEmail()).setParameter(8, n.locale()).setParameter(9, n.subject())
                    .setParameter(10, n.body()).setParameter(11, NotificationStatus.PENDING.name()).setParameter(12, now)
                    .setParameter(13, mail.notBefore() == null || mail.notBefore().isBefore(now) ? now : mail.notBefore())
                    .executeUpdate();
        }
        if (added > 0) {
            enqueued.fire(new Enqueued(added));
        }
    }

    /** Cancels scheduled e-mails of a template about a subject that have not gone out yet (a reminder for a decided transfer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelPending(String subjectId, MailTemplate template) {
        return entityManager.createNativeQuery("""
                        UPDATE notification SET status = 'CANCELLED', version = version + 1
                        WHERE subject_id = ?1 AND template = ?2 AND status = 'PENDING'""")
                .setParameter(1, subjectId).setParameter(2, template.id()).executeUpdate();
    }

    @Transactional
    public Optional<Notification> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Notification.class, id));
    }

    /** N3: the log, newest first, filtered; {@code recipientTenantId} null means every recipient (the operator). */
    @Transactional
    public List<Notification> search(UUID recipientTenantId, String eventType, String subjectId, NotificationStatus status,
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
        var query = entityManager.createQuery(jpql.toString(), Notification.class).setMaxResults(size);
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

    /** N2: the operator sends a FAILED e-mail again. Empty when there is no such notification. */
    @Transactional
    public Optional<Notification> retry(UUID id) {
        Notification n = entityManager.find(Notification.class, id);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.canRetry()) {
            throw new NotRetryableException(n);
        }
        n.retry(Instant.now(clock));
        enqueued.fire(new Enqueued(1));
        return Optional.of(n);
    }

    public static final class NotRetryableException extends RuntimeException {
        public NotRetryableException(Notification n) {
            super("Notification " + n.id() + " is " + n.status() + "; only a FAILED one can be retried", null, false, false);
        }
    }
}
