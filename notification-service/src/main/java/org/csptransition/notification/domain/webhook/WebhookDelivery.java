package org.csptransition.notification.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * N4 one event for one endpoint. Its id is the {@code webhook-id} of every attempt, so a receiver that got it twice (a
 * lost answer, a crash before the outcome was recorded) drops the copy. PENDING until a 2xx answer (DELIVERED) or until
 * it has been retried for three days (FAILED); the owner can send any of them again, with the same id.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Column widths (V4). */
    public static final int ERROR = 1000;

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "endpoint_id")
    private UUID endpointId;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "object_id")
    private String objectId;
    private String payload;
    @Enumerated(EnumType.STRING)
    private WebhookDeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "last_status_code")
    private Integer lastStatusCode;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "retrying_since")
    private Instant retryingSince;
    @Version
    private long version;

    protected WebhookDelivery() {
        // for JPA
    }

    public static WebhookDelivery pending(UUID id, UUID endpointId, UUID eventId, String eventType, String objectId,
                                          String payload, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.id = id;
        d.endpointId = endpointId;
        d.eventId = eventId;
        d.eventType = eventType;
        d.objectId = objectId;
        d.payload = payload;
        d.status = WebhookDeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.retryingSince = now;
        return d;
    }

    /** Claimed for an attempt: no sender takes it again before {@code until} unless its outcome is recorded first. */
    public void leased(Instant until) {
        nextAttemptAt = until;
    }

    public void delivered(int statusCode, Instant now) {
        attempts++;
        status = WebhookDeliveryStatus.DELIVERED;
        deliveredAt = now;
        lastStatusCode = statusCode;
        lastError = null;
    }

    /**
     * A failed attempt (an answer that is no 2xx, {@code statusCode}, or none at all, {@code null}): the next waits by the
     * policy, {@code random} in [0, 1) choosing its jitter; once the delivery is three days old it is FAILED.
     */
    public void attemptFailed(Integer statusCode, String error, Instant now, WebhookRetryPolicy policy, double random) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR));
        if (policy.givesUp(retryingSince, now)) {
            status = WebhookDeliveryStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.backoffAfter(attempts, random));
        }
    }

    /**
     * The owner sends it again: pending at once, with the same webhook-id. The three days start again, so a redelivery of
     * an old delivery gets its own retries.
     */
    public void redeliver(Instant now) {
        status = WebhookDeliveryStatus.PENDING;
        nextAttemptAt = now;
        retryingSince = now;
    }

    public UUID id() { return id; }
    public Long seq() { return seq; }
    public UUID endpointId() { return endpointId; }
    public UUID eventId() { return eventId; }
    public String eventType() { return eventType; }
    public String objectId() { return objectId; }
    public String payload() { return payload; }
    public WebhookDeliveryStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Integer lastStatusCode() { return lastStatusCode; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant retryingSince() { return retryingSince; }
    public long version() { return version; }
}
