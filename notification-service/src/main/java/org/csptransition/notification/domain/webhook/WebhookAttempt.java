package org.csptransition.notification.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * N4 one attempt at a delivery, as the delivery log shows it: when, the answer's status (none when there was no answer),
 * how long it took, and at most {@link #EXCERPT} characters of the answer's body or of the error.
 */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    /** Column width (V4); the sender reads no more of an answer than it keeps. */
    public static final int EXCERPT = 1000;

    @Id
    private UUID id;
    @Column(name = "delivery_id")
    private UUID deliveryId;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    @Column(name = "latency_ms")
    private long latencyMs;
    @Column(name = "response_excerpt")
    private String responseExcerpt;
    private String error;

    protected WebhookAttempt() {
        // for JPA
    }

    public static WebhookAttempt of(UUID deliveryId, Instant attemptedAt, Integer statusCode, long latencyMs,
                                    String responseExcerpt, String error) {
        WebhookAttempt a = new WebhookAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = deliveryId;
        a.attemptedAt = attemptedAt;
        a.statusCode = statusCode;
        a.latencyMs = latencyMs;
        a.responseExcerpt = cut(responseExcerpt);
        a.error = cut(error);
        return a;
    }

    private static String cut(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), EXCERPT));
    }

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public UUID id() { return id; }
    public UUID deliveryId() { return deliveryId; }
    public Instant attemptedAt() { return attemptedAt; }
    public Integer statusCode() { return statusCode; }
    public long latencyMs() { return latencyMs; }
    public String responseExcerpt() { return responseExcerpt; }
    public String error() { return error; }
}
