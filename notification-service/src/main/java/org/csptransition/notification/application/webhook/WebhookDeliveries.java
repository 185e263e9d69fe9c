package org.csptransition.notification.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.notification.application.ChangeAudit;
import org.csptransition.notification.config.WebhookConfig;
import org.csptransition.notification.domain.webhook.WebhookAttempt;
import org.csptransition.notification.domain.webhook.WebhookDelivery;
import org.csptransition.notification.domain.webhook.WebhookDeliveryStatus;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookEndpointPolicy;
import org.csptransition.notification.persistence.WebhookRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** N4 the delivery log of an endpoint, for its owner: deliveries and their attempts, redelivery, the test event. */
@ApplicationScoped
public class WebhookDeliveries {

    /** A query parameter the log cannot read: an unknown status, a foreign token, a range that ends before it starts. */
    public static final String INVALID_QUERY = "INVALID_QUERY";

    private final WebhookRepository webhooks;
    private final WebhookEndpoints endpoints;
    private final WebhookFanOut fanOut;
    private final Event<WebhookFanOut.Enqueued> enqueued;
    private final WebhookConfig config;
    private final Clock clock;
    private final ChangeAudit audit;

    WebhookDeliveries(WebhookRepository webhooks, WebhookEndpoints endpoints, WebhookFanOut fanOut, Event<WebhookFanOut.Enqueued> enqueued,
                      WebhookConfig config, Clock clock, ChangeAudit audit) {
        this.audit = audit;
        this.webhooks = webhooks;
        this.endpoints = endpoints;
        this.fanOut = fanOut;
        this.enqueued = enqueued;
        this.config = config;
        this.clock = clock;
    }

    public record Page(List<WebhookDelivery> items, String continuationToken) {
    }

    public record WithAttempts(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    /** One page of the endpoint's deliveries, newest first; {@code status} filters when given. */
    @Transactional
    public Page page(UUID tenantId, UUID endpointId, String status, int size, String continuationToken) {
        endpoints.owned(tenantId, endpointId);
        Cursor cursor = blank(continuationToken) ? null : Cursor.decode(continuationToken).orElse(null);
        WebhookDeliveryStatus wanted = blank(status) ? null : Arrays.stream(WebhookDeliveryStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        Outcome.refusedIf(!blank(continuationToken) && cursor == null,
                        invalidQuery("continuationToken", "continuationToken is not one this service issued"))
                .and(Outcome.refusedIf(wanted == null && !blank(status), invalidQuery("status",
                        "status must be one of " + Arrays.toString(WebhookDeliveryStatus.values()))))
                .orThrow();
        List<WebhookDelivery> items = webhooks.deliveries(endpointId, wanted, cursor == null ? null : cursor.createdAt(),
                cursor == null ? null : cursor.id(), size);
        WebhookDelivery last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page(items, items.size() < size ? null : new Cursor(last.createdAt(), last.id()).encode());
    }

    @Transactional
    public WithAttempts get(UUID tenantId, UUID endpointId, UUID deliveryId) {
        WebhookDelivery delivery = owned(tenantId, endpointId, deliveryId);
        return new WithAttempts(delivery, webhooks.attempts(deliveryId));
    }

    /** Sends one delivery again at once, with the same webhook-id (whatever its status: a pending one just goes now). */
    @Transactional
    public WebhookDelivery redeliver(UUID tenantId, UUID endpointId, UUID deliveryId) {
        WebhookEndpoint endpoint = endpoints.owned(tenantId, endpointId);
        WebhookDelivery delivery = owned(tenantId, endpointId, deliveryId);
        WebhookDeliveryStatus before = delivery.status();
        delivery.redeliver(Instant.now(clock));
        audit.endpoint(endpoint, ChangeAudit.DELIVERY_REDELIVERED, deliveryChange(delivery, before));
        enqueued.fire(new WebhookFanOut.Enqueued(1));
        return delivery;
    }

    /**
     * Sends again every delivery of the endpoint created in [{@code from}, {@code to}) that is DELIVERED or FAILED (the
     * pending ones go anyway), oldest first, at most {@code notification.webhooks.max-redeliveries}; returns how many.
     */
    @Transactional
    public int redeliverRange(UUID tenantId, UUID endpointId, Instant from, Instant to) {
        WebhookEndpoint endpoint = endpoints.owned(tenantId, endpointId);
        Outcome.refusedIf(!from.isBefore(to), invalidQuery("to", "to must be after from")).orThrow();
        Instant now = Instant.now(clock);
        List<WebhookDelivery> again = webhooks.deliveredOrFailedBetween(endpointId, from, to, config.maxRedeliveries());
        again.forEach(d -> d.redeliver(now));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from.toString());
        change.put("to", to.toString());
        change.put("redelivered", again.size());
        audit.endpoint(endpoint, ChangeAudit.RANGE_REDELIVERED, change);
        enqueued.fire(new WebhookFanOut.Enqueued(again.size()));
        return again.size();
    }

    /** "Send test event": a {@code webhook.test.v1} delivery to this ACTIVE endpoint, logged like any other. */
    @Transactional
    public WebhookDelivery test(UUID tenantId, UUID endpointId) {
        WebhookEndpoint endpoint = endpoints.owned(tenantId, endpointId);
        WebhookEndpointPolicy.checkTestEvent(endpoint).orThrow();
        WebhookDelivery delivery = fanOut.test(endpoint);
        audit.endpoint(endpoint, ChangeAudit.TEST_EVENT_SENT, deliveryChange(delivery, null));
        return delivery;
    }

    /** Which delivery, of which event, and the status it had before (null for a new one). */
    private static Map<String, Object> deliveryChange(WebhookDelivery delivery, WebhookDeliveryStatus before) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("deliveryId", delivery.id().toString());
        change.put("eventId", delivery.eventId() == null ? null : delivery.eventId().toString());
        change.put("eventType", delivery.eventType());
        if (before != null) {
            change.put("statusBefore", before.name());
        }
        return change;
    }

    private WebhookDelivery owned(UUID tenantId, UUID endpointId, UUID deliveryId) {
        endpoints.owned(tenantId, endpointId);
        return webhooks.delivery(deliveryId).filter(d -> d.endpointId().equals(endpointId))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("WebhookDelivery", deliveryId)));
    }

    static Refusal invalidQuery(String parameter, String message) {
        return Refusal.malformed(INVALID_QUERY, parameter, message).with("parameter", parameter);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Where the next page starts: after this (createdAt, id). Opaque to clients. */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((createdAt.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Optional<Cursor> decode(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return Optional.of(new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
