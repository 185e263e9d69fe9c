package org.csptransition.notification.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.notification.application.ChangeAudit;
import org.csptransition.notification.config.WebhookConfig;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookEndpointPolicy;
import org.csptransition.notification.domain.webhook.WebhookEndpointStatus;
import org.csptransition.notification.domain.webhook.WebhookSignature;
import org.csptransition.notification.domain.webhook.WebhookTargetPolicy;
import org.csptransition.notification.persistence.WebhookRepository;
import org.csptransition.platform.http.ETags;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * N4 the webhook endpoints of a tenant: register, read, change, rotate the secret, delete. Every endpoint belongs to the
 * tenant of the token that registered it; to any other tenant it does not exist (404).
 */
@ApplicationScoped
public class WebhookEndpoints {

    private final WebhookRepository webhooks;
    private final WebhookConfig config;
    private final Clock clock;
    private final Event<WebhookFanOut.Enqueued> enqueued;
    private final ChangeAudit audit;

    WebhookEndpoints(WebhookRepository webhooks, WebhookConfig config, Clock clock, Event<WebhookFanOut.Enqueued> enqueued,
                     ChangeAudit audit) {
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
        this.enqueued = enqueued;
        this.audit = audit;
    }

    /** A new endpoint, ACTIVE, with a new secret (the only time it is shown, besides a rotation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookEndpoint register(UUID tenantId, String url, List<String> eventTypes, String description) {
        Set<String> types = checked(url, eventTypes);
        WebhookEndpoint endpoint = WebhookEndpoint.register(UUID.randomUUID(), tenantId, url.trim(), types, description,
                WebhookSignature.newSecret(), Instant.now(clock));
        webhooks.add(endpoint);
        audit.endpoint(endpoint, ChangeAudit.ENDPOINT_REGISTERED, ChangeAudit.stateOf(endpoint));
        return endpoint;
    }

    @Transactional
    public List<WebhookEndpoint> list(UUID tenantId) {
        return webhooks.endpointsOf(tenantId);
    }

    @Transactional
    public WebhookEndpoint get(UUID tenantId, UUID id) {
        return owned(tenantId, id);
    }

    /** The owner changes URL, event types, description or status (ACTIVE again after a disabling: its pending deliveries go on). */
    @Transactional
    public WebhookEndpoint change(UUID tenantId, UUID id, String url, List<String> eventTypes, String description,
                                  WebhookEndpointStatus status, String ifMatch) {
        WebhookEndpoint endpoint = owned(tenantId, id);
        ETags.checkIfMatch(ifMatch, endpoint.version());
        Set<String> types = checked(url, eventTypes);
        Map<String, Object> before = ChangeAudit.stateOf(endpoint);
        endpoint.change(url.trim(), types, description, status == null ? endpoint.status() : status, Instant.now(clock));
        Map<String, Object> after = ChangeAudit.stateOf(endpoint);
        Map<String, Object> change = new LinkedHashMap<>(after);
        change.put("before", before);
        // a status change is named as such: "who disabled our webhook?" is the question the trail is read for
        String action = before.get("status").equals(after.get("status")) ? ChangeAudit.ENDPOINT_CHANGED
                : endpoint.status() == WebhookEndpointStatus.DISABLED ? ChangeAudit.ENDPOINT_DISABLED : ChangeAudit.ENDPOINT_ENABLED;
        audit.endpoint(endpoint, action, change);
        // enabled again: what waited goes now
        enqueued.fire(new WebhookFanOut.Enqueued(0));
        return endpoint;
    }

    /** A new secret; the current one keeps signing for {@code overlap} (the configured default when absent). */
    @Transactional
    public WebhookEndpoint rotate(UUID tenantId, UUID id, Duration overlap, String ifMatch) {
        WebhookEndpoint endpoint = owned(tenantId, id);
        ETags.checkIfMatch(ifMatch, endpoint.version());
        Duration kept = overlap == null ? config.rotationOverlap() : overlap;
        endpoint.rotate(WebhookSignature.newSecret(), kept, Instant.now(clock));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("overlapSeconds", kept.toSeconds());
        change.put("previousSecretUntil", endpoint.previousSecretUntil() == null ? null : endpoint.previousSecretUntil().toString());
        audit.endpoint(endpoint, ChangeAudit.SECRET_ROTATED, change);
        return endpoint;
    }

    /** Deletes the endpoint with its deliveries and their log. */
    @Transactional
    public void delete(UUID tenantId, UUID id, String ifMatch) {
        WebhookEndpoint endpoint = owned(tenantId, id);
        ETags.checkIfMatch(ifMatch, endpoint.version());
        // the trail outlives the endpoint: it is how the owner learns who deleted it
        audit.endpoint(endpoint, ChangeAudit.ENDPOINT_DELETED, ChangeAudit.stateOf(endpoint));
        webhooks.delete(endpoint);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    WebhookEndpoint owned(UUID tenantId, UUID id) {
        return webhooks.endpoint(id).filter(e -> e.tenantId().equals(tenantId))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("WebhookEndpoint", id)));
    }

    /** The event types without repeats, once URL and types are allowed; every refusal at once. */
    private Set<String> checked(String url, List<String> eventTypes) {
        Outcome form = WebhookTargetPolicy.checkForm(url, config.allowPrivateTargets());
        Outcome outcome = form.and(WebhookEndpointPolicy.checkEventTypes(eventTypes));
        if (form.isAllowed()) {
            String host = WebhookTargetPolicy.host(url);
            outcome = outcome.and(WebhookTargetPolicy.checkAddresses(host, resolve(host), config.allowPrivateTargets()));
        }
        outcome.orThrow();
        return new LinkedHashSet<>(eventTypes);
    }

    /** Every address {@code host} resolves to now; none when it does not resolve. */
    static List<InetAddress> resolve(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return List.of();
        }
    }
}
