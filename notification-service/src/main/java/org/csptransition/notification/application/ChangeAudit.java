package org.csptransition.notification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.platform.messaging.AuditTrail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audit trail of what this service changes for a user. It publishes no event, so without these entries nobody could
 * answer who changed a webhook endpoint, asked for a redelivery or retried an e-mail: every such change is recorded
 * through {@link AuditTrail#recordChange} in its own transaction. Webhook endpoints and their deliveries are on the
 * trail of {@code webhook-endpoint/{id}}, readable by the owner tenant and the operator; a retried e-mail on
 * {@code notification/{id}}, readable by the operator and the recipient's tenant (who may read that e-mail in the
 * log, N3). Secrets are never written.
 */
@ApplicationScoped
public class ChangeAudit {

    public static final String WEBHOOK_ENDPOINT = "webhook-endpoint";
    public static final String NOTIFICATION = "notification";

    public static final String ENDPOINT_REGISTERED = "webhook.endpoint.registered";
    public static final String ENDPOINT_CHANGED = "webhook.endpoint.changed";
    public static final String ENDPOINT_DISABLED = "webhook.endpoint.disabled";
    public static final String ENDPOINT_ENABLED = "webhook.endpoint.enabled";
    public static final String SECRET_ROTATED = "webhook.endpoint.secret.rotated";
    public static final String ENDPOINT_DELETED = "webhook.endpoint.deleted";
    public static final String DELIVERY_REDELIVERED = "webhook.delivery.redelivered";
    public static final String RANGE_REDELIVERED = "webhook.deliveries.redelivered";
    public static final String TEST_EVENT_SENT = "webhook.test-event.sent";
    public static final String NOTIFICATION_RETRIED = "notification.retried";

    private final AuditTrail trail;
    private final ObjectMapper json;

    ChangeAudit(AuditTrail trail, ObjectMapper json) {
        this.trail = trail;
        this.json = json;
    }

    /** What an endpoint is now, as its trail shows it: where, what, its status; never its secrets. */
    public static Map<String, Object> stateOf(WebhookEndpoint endpoint) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", endpoint.url());
        state.put("eventTypes", endpoint.eventTypes());
        state.put("description", endpoint.description());
        state.put("status", endpoint.status().name());
        return state;
    }

    /** An entry on the endpoint's trail; its owner is the party besides the acting tenant and the operator. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endpoint(WebhookEndpoint endpoint, String action, Map<String, Object> change) {
        trail.recordChange(WEBHOOK_ENDPOINT, endpoint.id().toString(), action, Set.of(endpoint.tenantId()), write(change));
    }

    /** The operator's retry of a FAILED e-mail (N2), on the e-mail's trail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retried(Notification notification, int attemptsBefore) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("eventId", notification.eventId().toString());
        change.put("eventType", notification.eventType());
        change.put("template", notification.template());
        change.put("attemptsBefore", attemptsBefore);
        change.put("status", notification.status().name());
        UUID recipient = notification.recipientTenantId();
        trail.recordChange(NOTIFICATION, notification.id().toString(), NOTIFICATION_RETRIED,
                recipient == null ? Set.of() : Set.of(recipient), write(change));
    }

    private String write(Map<String, Object> change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audited change that cannot be written as JSON", e);
        }
    }
}
