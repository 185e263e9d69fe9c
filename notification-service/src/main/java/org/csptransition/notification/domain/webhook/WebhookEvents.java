package org.csptransition.notification.domain.webhook;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * N4 which facts a distributor's system can subscribe to, which ids each webhook names, who may receive it and where its
 * resource is. Every payload names the ids of every object involved under the same names whatever the event:
 * {@code transferId}, {@code partnershipId}, {@code invitationId}, {@code extensionId} (the object), {@code customerTenantId},
 * {@code partnerTenantId} (the reseller or transfer source) and {@code providerTenantId} (the indirect provider or
 * transfer target). Only the partner and the provider are parties: an endpoint of any other tenant never hears of it.
 */
public final class WebhookEvents {

    /** The test event of "send test event": delivered to the one endpoint asked, never fanned out. */
    public static final String TEST = "webhook.test.v1";

    /** Where an event's object lives: the service that owns it and the path of the resource there. */
    public enum Service { TRANSFER, RELATIONSHIP }

    private record Shape(String objectField, String partnerField, String providerField, Service service, String path) {
    }

    private static final Shape TRANSFER = new Shape("transferId", "sourcePartnerTenantId", "targetPartnerTenantId",
            Service.TRANSFER, "/v1/customers/{customerTenantId}/transfers/{transferId}");
    private static final Shape PARTNERSHIP = new Shape("partnershipId", "resellerTenantId", "providerTenantId",
            Service.RELATIONSHIP, "/v1/partnership-invitations/{partnershipId}");

    private static final Map<String, Shape> SHAPES = new LinkedHashMap<>();

    static {
        for (String fact : List.of("created", "accepted", "rejected", "withdrawn", "expired", "completed", "partially-completed",
                "failed", "provider-verified", "partner-verified")) {
            SHAPES.put("transfer." + fact + ".v1", TRANSFER);
        }
        SHAPES.put("partnership.invited.v1", PARTNERSHIP);
        SHAPES.put("partnership.accepted.v1", PARTNERSHIP);
        SHAPES.put("customer.invitation.accepted.v1", new Shape("invitationId", "resellerTenantId", "providerTenantId",
                Service.RELATIONSHIP, "/v1/customer-invitations/{invitationId}"));
        SHAPES.put("customer.relationship.extended.v1", new Shape("extensionId", "resellerTenantId", "providerTenantId",
                Service.RELATIONSHIP, "/v1/customers/{customerTenantId}/relationship-extensions/{extensionId}"));
        SHAPES.put("customer.agreement.status.changed.v1", new Shape("customerTenantId", "resellerTenantId", "providerTenantId",
                Service.RELATIONSHIP, "/v1/customers/{customerTenantId}/agreement-status"));
    }

    private WebhookEvents() {
    }

    /** Every event type an endpoint may subscribe to, in catalogue order (the test event is sent on request only). */
    public static List<String> types() {
        return List.copyOf(SHAPES.keySet());
    }

    public static boolean offered(String type) {
        return SHAPES.containsKey(type);
    }

    /**
     * One fact as webhooks show it, from the event's type and its top-level fields (only the id fields are read); empty
     * for a type no endpoint can subscribe to.
     */
    public static Optional<WebhookEvent> of(String type, Map<String, String> fields) {
        Shape shape = SHAPES.get(type);
        if (shape == null) {
            return Optional.empty();
        }
        Map<String, String> ids = new LinkedHashMap<>();
        put(ids, shape.objectField(), fields.get(shape.objectField()));
        put(ids, "customerTenantId", fields.get("customerTenantId"));
        put(ids, "partnerTenantId", fields.get(shape.partnerField()));
        put(ids, "providerTenantId", fields.get(shape.providerField()));
        Set<UUID> parties = new LinkedHashSet<>();
        for (String party : List.of("partnerTenantId", "providerTenantId")) {
            uuid(ids.get(party)).ifPresent(parties::add);
        }
        String path = shape.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        String object = ids.getOrDefault(shape.objectField(), "");
        return Optional.of(new WebhookEvent(type, object, ids, parties, shape.service(), path.contains("{") ? null : path));
    }

    /**
     * One fact as webhooks show it: the object its per-object order follows, the ids a payload names, the tenants that
     * may receive it, and the path of its resource at {@code service} ({@code null} when an id is missing).
     */
    public record WebhookEvent(String type, String objectId, Map<String, String> ids, Set<UUID> parties, Service service,
                               String path) {
    }

    private static void put(Map<String, String> ids, String name, String value) {
        if (value != null && !value.isBlank()) {
            ids.put(name, value);
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
