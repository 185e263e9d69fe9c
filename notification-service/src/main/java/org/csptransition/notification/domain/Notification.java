package org.csptransition.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.csptransition.kernel.Outcome;

import java.time.Instant;
import java.util.UUID;

/** One e-mail about one fact to one recipient (N1), with its delivery state (N2) and its place in the log (N3). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "subject_id")
    private String subjectId;
    private String template;
    @Column(name = "recipient_tenant_id")
    private UUID recipientTenantId;
    @Column(name = "recipient_email")
    private String recipientEmail;
    private String locale;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Notification() {
        // for JPA
    }

    /** A new e-mail, first tried at {@code notBefore} (N1 scheduled e-mails), or at once when that is absent or past. */
    public static Notification pending(UUID id, UUID eventId, String eventType, String subjectId, String template,
                                       UUID recipientTenantId, String recipientEmail, String locale, String subject,
                                       String body, Instant now, Instant notBefore) {
        Notification n = new Notification();
        n.id = id;
        n.eventId = eventId;
        n.eventType = eventType;
        n.subjectId = subjectId;
        n.template = template;
        n.recipientTenantId = recipientTenantId;
        n.recipientEmail = recipientEmail;
        n.locale = locale;
        n.subject = subject;
        n.body = body;
        n.status = NotificationStatus.PENDING;
        n.attempts = 0;
        n.nextAttemptAt = notBefore == null || notBefore.isBefore(now) ? now : notBefore;
        n.createdAt = now;
        return n;
    }

    /**
     * N2 claimed for sending: no sender takes it again before {@code until}, unless its outcome is recorded first; a
     * crash in between leaves it due again then.
     */
    public void leased(Instant until) {
        nextAttemptAt = until;
    }

    public void sent(Instant now) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** N2: a failed attempt waits with backoff, or ends FAILED when the attempts are used up. */
    public void attemptFailed(String error, Instant now, DeliveryPolicy policy) {
        attempts++;
        lastError = error;
        if (policy.exhausted(attempts)) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    /** N2: an e-mail no attempt can deliver (its recipient is no plain address) is FAILED at once, visible in the log. */
    public void undeliverable(String error, Instant now) {
        attempts++;
        lastError = error;
        status = NotificationStatus.FAILED;
        nextAttemptAt = now;
    }

    /**
     * N2: the operator sends a FAILED e-mail again; it gets a fresh set of attempts. Anything else is left as it is and
     * refused ({@link RetryPolicy}).
     */
    public Outcome retry(Instant now) {
        Outcome outcome = RetryPolicy.check(this);
        if (outcome.isAllowed()) {
            status = NotificationStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
        return outcome;
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public String eventType() { return eventType; }
    public String subjectId() { return subjectId; }
    public String template() { return template; }
    public UUID recipientTenantId() { return recipientTenantId; }
    public String recipientEmail() { return recipientEmail; }
    public String locale() { return locale; }
    public String subject() { return subject; }
    public String body() { return body; }
    public NotificationStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant sentAt() { return sentAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }

    public long version() {
        return version;
    }
}
