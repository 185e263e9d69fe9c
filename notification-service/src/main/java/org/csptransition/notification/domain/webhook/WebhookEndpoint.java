package org.csptransition.notification.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * N4 an endpoint a partner or provider registered: where its webhooks go, which event types, and the secrets that sign
 * them. A rotation keeps the previous secret signing until the overlap ends, so the receiver can switch without losing
 * a webhook. An endpoint that has failed every attempt for {@link WebhookRetryPolicy#giveUpAfter()} is disabled.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    private UUID id;
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String url;
    @Column(name = "event_types")
    private String eventTypes;
    private String description;
    @Enumerated(EnumType.STRING)
    private WebhookEndpointStatus status;
    private String secret;
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;
    @Column(name = "failing_since")
    private Instant failingSince;
    @Column(name = "disabled_reason")
    private String disabledReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected WebhookEndpoint() {
        // for JPA
    }

    public static WebhookEndpoint register(UUID id, UUID tenantId, String url, Set<String> eventTypes, String description,
                                           String secret, Instant now) {
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = id;
        e.tenantId = tenantId;
        e.url = url;
        e.eventTypes = String.join(",", eventTypes);
        e.description = description;
        e.status = WebhookEndpointStatus.ACTIVE;
        e.secret = secret;
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    /** The owner changes where and what; enabling again also forgets the failures that disabled it. */
    public void change(String newUrl, Set<String> newEventTypes, String newDescription, WebhookEndpointStatus newStatus, Instant now) {
        url = newUrl;
        eventTypes = String.join(",", newEventTypes);
        description = newDescription;
        if (newStatus == WebhookEndpointStatus.ACTIVE && status == WebhookEndpointStatus.DISABLED) {
            failingSince = null;
            disabledReason = null;
        } else if (newStatus == WebhookEndpointStatus.DISABLED && status == WebhookEndpointStatus.ACTIVE) {
            disabledReason = "disabled by its owner";
        }
        status = newStatus;
        updatedAt = now;
    }

    /** A new secret signs from now; the current one goes on signing for {@code overlap} (zero: it stops at once). */
    public void rotate(String newSecret, Duration overlap, Instant now) {
        previousSecret = overlap.isZero() ? null : secret;
        previousSecretUntil = overlap.isZero() ? null : now.plus(overlap);
        secret = newSecret;
        updatedAt = now;
    }

    /** The secrets that sign a webhook sent at {@code now}: the current one, and the previous one during the overlap. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public boolean subscribes(String eventType) {
        return eventTypes().contains(eventType);
    }

    /** An attempt succeeded: the endpoint is healthy again. */
    public void succeeded() {
        failingSince = null;
    }

    /**
     * An attempt failed at {@code now}. Returns true when this failure disables the endpoint: it has failed every attempt
     * since {@link #failingSince()} and that is the policy's three days.
     */
    public boolean failed(Instant now, WebhookRetryPolicy policy) {
        if (failingSince == null) {
            failingSince = now;
        }
        if (status == WebhookEndpointStatus.ACTIVE && policy.givesUp(failingSince, now)) {
            status = WebhookEndpointStatus.DISABLED;
            disabledReason = "every attempt failed since " + failingSince;
            updatedAt = now;
            return true;
        }
        return false;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public String url() { return url; }
    public Set<String> eventTypes() {
        return eventTypes == null || eventTypes.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(eventTypes.split(",")));
    }
    public String description() { return description; }
    public WebhookEndpointStatus status() { return status; }
    public String secret() { return secret; }
    public Instant previousSecretUntil() { return previousSecret == null ? null : previousSecretUntil; }
    public Instant failingSince() { return failingSince; }
    public String disabledReason() { return disabledReason; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
