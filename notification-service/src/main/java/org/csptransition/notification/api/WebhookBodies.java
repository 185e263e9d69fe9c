package org.csptransition.notification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.csptransition.notification.application.webhook.WebhookDeliveries;
import org.csptransition.notification.domain.webhook.WebhookAttempt;
import org.csptransition.notification.domain.webhook.WebhookDelivery;
import org.csptransition.notification.domain.webhook.WebhookDeliveryStatus;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookEndpointStatus;
import org.csptransition.notification.domain.webhook.WebhookTargetPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** N4 the request and response bodies of the webhook endpoints and their delivery log. The bounds are the columns (V4). */
final class WebhookBodies {

    static final int EVENT_TYPES = 50;
    static final int EVENT_TYPE = 128;
    static final int DESCRIPTION = 500;
    /** A rotation's overlap: at most a week of both secrets signing. */
    static final int MAX_OVERLAP_SECONDS = 7 * 24 * 3600;

    private WebhookBodies() {
    }

    @Schema(description = "Where webhooks go and which event types")
    record WebhookEndpointRequest(
            @Schema(description = "An https URL; its host must not resolve to a loopback, private or link-local address", example = "https://hooks.distributor.example/csp")
            @NotBlank @Size(max = WebhookTargetPolicy.MAX_URL) String url,
            @Schema(description = "Event types to receive, e.g. transfer.created.v1 (see docs/events.md)")
            @NotEmpty @Size(max = EVENT_TYPES) List<@NotBlank @Size(max = EVENT_TYPE) String> eventTypes,
            @Size(max = DESCRIPTION) String description,
            @Schema(description = "ACTIVE receives events, DISABLED none; absent on a change: unchanged; a registration is ACTIVE")
            WebhookEndpointStatus status) {
    }

    @Schema(description = "A secret rotation")
    record SecretRotationRequest(
            @Schema(description = "How long the previous secret keeps signing beside the new one; absent: 24 hours, 0: it stops at once")
            @Min(0) @Max(MAX_OVERLAP_SECONDS) Integer overlapSeconds) {
    }

    @Schema(description = "A time range of deliveries to send again")
    record RedeliveryRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    @Schema(description = "How many deliveries go again")
    record RedeliveryResponse(int redelivered) {
    }

    record WebhookEndpointView(UUID id, String url, Set<String> eventTypes, String description, WebhookEndpointStatus status,
                               String disabledReason, Instant failingSince,
                               @Schema(description = "Until when the previous secret still signs beside the current one")
                               Instant previousSecretValidUntil,
                               @Schema(description = "The signing secret (whsec_…): only in the answers of a registration and a rotation")
                               String secret,
                               Instant createdAt, Instant updatedAt) {

        static WebhookEndpointView of(WebhookEndpoint e, boolean withSecret) {
            return new WebhookEndpointView(e.id(), e.url(), e.eventTypes(), e.description(), e.status(), e.disabledReason(),
                    e.failingSince(), e.previousSecretUntil(), withSecret ? e.secret() : null, e.createdAt(), e.updatedAt());
        }
    }

    record WebhookEndpointList(List<WebhookEndpointView> items) {
    }

    record WebhookDeliveryView(
            @Schema(description = "The webhook-id of every attempt") UUID id,
            UUID eventId, String eventType, String objectId, WebhookDeliveryStatus status, int attempts,
            Instant nextAttemptAt, Instant deliveredAt, Integer lastStatusCode, String lastError, Instant createdAt,
            @Schema(description = "The body every attempt sends") String payload,
            @Schema(description = "Only on one delivery: each attempt, oldest first") List<WebhookAttemptView> attemptLog) {

        static WebhookDeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
            return new WebhookDeliveryView(d.id(), d.eventId(), d.eventType(), d.objectId(), d.status(), d.attempts(),
                    d.status() == WebhookDeliveryStatus.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(), d.lastStatusCode(),
                    d.lastError(), d.createdAt(), attempts == null ? null : d.payload(),
                    attempts == null ? null : attempts.stream().map(WebhookAttemptView::of).toList());
        }

        static WebhookDeliveryView of(WebhookDeliveries.WithAttempts d) {
            return of(d.delivery(), d.attempts());
        }
    }

    record WebhookAttemptView(Instant attemptedAt, Integer statusCode, long latencyMs,
                              @Schema(description = "The first characters of the answer's body (at most 1000)") String responseExcerpt,
                              String error) {
        static WebhookAttemptView of(WebhookAttempt a) {
            return new WebhookAttemptView(a.attemptedAt(), a.statusCode(), a.latencyMs(), a.responseExcerpt(), a.error());
        }
    }

    record WebhookDeliveryPage(List<WebhookDeliveryView> items, String continuationToken) {
    }
}
