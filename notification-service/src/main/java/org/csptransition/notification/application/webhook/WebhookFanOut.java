package org.csptransition.notification.application.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.csptransition.notification.config.WebhookConfig;
import org.csptransition.notification.domain.webhook.WebhookDelivery;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookEvents;
import org.csptransition.notification.persistence.WebhookRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * N4 one event becomes one delivery per endpoint that wants it, in the consumer's transaction with the inbox row: only
 * the ACTIVE endpoints of the event's parties (its partner and its provider) that subscribe to its type. The unique
 * (event, endpoint) means a redelivered event adds nothing: each webhook-id is written once.
 */
@ApplicationScoped
public class WebhookFanOut {

    private final WebhookRepository webhooks;
    private final WebhookConfig config;
    private final Clock clock;
    private final Event<Enqueued> enqueued;

    WebhookFanOut(WebhookRepository webhooks, WebhookConfig config, Clock clock, Event<Enqueued> enqueued) {
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
        this.enqueued = enqueued;
    }

    /** Fired in the transaction that added deliveries; the sender observes it after commit. */
    public record Enqueued(int count) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(EventEnvelope event) {
        WebhookEvents.of(event.type(), idFields(event.data())).ifPresent(fact -> {
            int added = 0;
            Instant now = Instant.now(clock);
            for (WebhookEndpoint endpoint : webhooks.activeEndpointsOf(fact.parties())) {
                if (endpoint.subscribes(fact.type())) {
                    added += webhooks.addOnce(WebhookDelivery.pending(UUID.randomUUID(), endpoint.id(), event.id(), fact.type(),
                            fact.objectId(), payload(fact.type(), event.time(), event.id(), fact.ids(), link(fact)), now));
                }
            }
            if (added > 0) {
                enqueued.fire(new Enqueued(added));
            }
        });
    }

    /** "Send test event": one delivery of {@link WebhookEvents#TEST} to this endpoint only, with its own id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookDelivery test(WebhookEndpoint endpoint) {
        Instant now = Instant.now(clock);
        UUID eventId = UUID.randomUUID();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("endpointId", endpoint.id().toString());
        WebhookDelivery delivery = WebhookDelivery.pending(UUID.randomUUID(), endpoint.id(), eventId, WebhookEvents.TEST,
                endpoint.id().toString(), payload(WebhookEvents.TEST, now.atOffset(ZoneOffset.UTC), eventId, ids, null), now);
        webhooks.addOnce(delivery);
        enqueued.fire(new Enqueued(1));
        return delivery;
    }

    /** The body of every attempt: Standard Webhooks' {@code {type, timestamp, data}}, data naming every id and the link. */
    static String payload(String type, OffsetDateTime time, UUID eventId, Map<String, String> ids, String link) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", eventId.toString());
        data.putAll(ids);
        if (link != null) {
            data.put("link", link);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", time.toInstant().toString());
        body.put("data", data);
        try {
            return EventJson.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private String link(WebhookEvents.WebhookEvent fact) {
        if (fact.path() == null) {
            return null;
        }
        String base = fact.service() == WebhookEvents.Service.TRANSFER ? config.transferServiceUrl() : config.relationshipServiceUrl();
        return base.replaceAll("/+$", "") + fact.path();
    }

    /** The event's top-level text fields (its ids among them); nothing else of the payload reaches a webhook. */
    private static Map<String, String> idFields(JsonNode data) {
        Map<String, String> fields = new HashMap<>();
        if (data != null) {
            data.fields().forEachRemaining(f -> {
                if (f.getValue().isTextual()) {
                    fields.put(f.getKey(), f.getValue().asText());
                }
            });
        }
        return fields;
    }
}
