package org.csptransition.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.notification.domain.webhook.WebhookAttempt;
import org.csptransition.notification.domain.webhook.WebhookDelivery;
import org.csptransition.notification.domain.webhook.WebhookDeliveryStatus;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** N4 every query of the webhook tables: endpoints, deliveries and their attempts. */
@ApplicationScoped
public class WebhookRepository {

    private final EntityManager em;

    WebhookRepository(EntityManager em) {
        this.em = em;
    }

    public void add(WebhookEndpoint endpoint) {
        em.persist(endpoint);
    }

    public Optional<WebhookEndpoint> endpoint(UUID id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    public void delete(WebhookEndpoint endpoint) {
        // deliveries and attempts go with it (ON DELETE CASCADE); the native delete keeps Hibernate out of the cascade
        em.createNativeQuery("DELETE FROM webhook_endpoint WHERE id = ?1").setParameter(1, endpoint.id()).executeUpdate();
        em.detach(endpoint);
    }

    /** A tenant's endpoints, oldest first ({@code null}: every tenant's). */
    public List<WebhookEndpoint> endpointsOf(UUID tenantId) {
        return tenantId == null
                ? em.createQuery("FROM WebhookEndpoint e ORDER BY e.createdAt, e.id", WebhookEndpoint.class).getResultList()
                : em.createQuery("FROM WebhookEndpoint e WHERE e.tenantId = :t ORDER BY e.createdAt, e.id", WebhookEndpoint.class)
                .setParameter("t", tenantId).getResultList();
    }

    /** The ACTIVE endpoints of these tenants: the candidates of one event's fan-out. */
    public List<WebhookEndpoint> activeEndpointsOf(Collection<UUID> tenants) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        // one query per tenant (an event has at most two parties): Hibernate rebuilds the SQL of a query with a list
        // parameter (IN :t) at every call, which took a third of the consumer's time at 100 events/s
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        for (UUID tenant : tenants) {
            endpoints.addAll(em.createQuery("FROM WebhookEndpoint e WHERE e.tenantId = :t AND e.status = 'ACTIVE'", WebhookEndpoint.class)
                    .setParameter("t", tenant).getResultList());
        }
        endpoints.sort(Comparator.comparing(WebhookEndpoint::id));
        return endpoints;
    }

    /**
     * N4 adds a delivery unless this event already has one for this endpoint (the unique {@code webhook_delivery_once}):
     * a redelivered event adds nothing, so its webhook-id stays the one first written. Returns 1 when added.
     */
    public int addOnce(WebhookDelivery d) {
        return em.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_type, object_id, payload, status, attempts,
                          next_attempt_at, created_at, retrying_since, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?9, 0)
                        ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING""")
                .setParameter(1, d.id()).setParameter(2, d.endpointId()).setParameter(3, d.eventId())
                .setParameter(4, d.eventType()).setParameter(5, d.objectId()).setParameter(6, d.payload())
                .setParameter(7, d.status().name()).setParameter(8, d.nextAttemptAt()).setParameter(9, d.createdAt())
                .executeUpdate();
    }

    public Optional<WebhookDelivery> delivery(UUID id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    /**
     * N4 claims due deliveries, {@code FOR UPDATE SKIP LOCKED} so no other replica takes them:
     * <ul>
     *   <li>only of ACTIVE endpoints, and none of {@code busyEndpoints} (those with their share in flight here);</li>
     *   <li>only the first pending delivery of each object per endpoint (order per object: a later one waits while an
     *   earlier one is pending, leased or not);</li>
     *   <li>at most {@code perEndpoint} per endpoint, so one endpoint's backlog never fills the batch.</li>
     * </ul>
     * The due deliveries are read in due order through the due index and the read stops after a bounded window (four
     * times {@code limit}), so a claim costs the same with ten or a hundred thousand deliveries waiting; the per-endpoint
     * share is taken from that window. (Numbering every pending delivery per endpoint, as the claim first did, read the
     * whole backlog at every claim: 0.6 s a claim with 1,500 waiting under load.) An endpoint whose share is taken is
     * busy at the next claim, which then reaches the others' deliveries further down.
     */
    @SuppressWarnings("unchecked") // a native query of two columns: a list of rows
    public List<WebhookDelivery> claimDue(Instant now, int limit, int perEndpoint, Collection<UUID> busyEndpoints) {
        // no result class: Hibernate 7.2 caches the plan of a native query with one under a new key at every call (its
        // ImplicitResultClassBuilder has no equals), and each later lookup compares against them all. The busy endpoints
        // are bound as one array, so the query's text, and its cached plan, are always the same.
        List<Object[]> window = em.createNativeQuery("""
                        SELECT d.id, d.endpoint_id FROM webhook_delivery d
                        JOIN webhook_endpoint e ON e.id = d.endpoint_id AND e.status = 'ACTIVE'
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 AND d.endpoint_id <> ALL (CAST(?3 AS uuid[]))
                          AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.endpoint_id = d.endpoint_id
                                            AND p.object_id = d.object_id AND p.status = 'PENDING' AND p.seq < d.seq)
                        ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, Math.max(limit, 1) * 4)
                .setParameter(3, busyEndpoints.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        Map<UUID, Integer> taken = new HashMap<>();
        List<WebhookDelivery> claimed = new ArrayList<>();
        for (Object[] row : window) {
            if (claimed.size() >= limit) {
                break;
            }
            UUID endpoint = NotificationRepository.uuid(row[1]);
            if (taken.merge(endpoint, 1, Integer::sum) <= perEndpoint) {
                claimed.add(em.find(WebhookDelivery.class, NotificationRepository.uuid(row[0])));
            }
        }
        return claimed;
    }

    /** N4 the delivery log: one endpoint's deliveries, newest first, after ({@code createdBefore}, {@code idBefore}). */
    public List<WebhookDelivery> deliveries(UUID endpointId, WebhookDeliveryStatus status, Instant createdBefore, UUID idBefore, int size) {
        StringBuilder jpql = new StringBuilder("FROM WebhookDelivery d WHERE d.endpointId = :endpoint");
        if (status != null) {
            jpql.append(" AND d.status = :status");
        }
        if (createdBefore != null) {
            jpql.append(" AND (d.createdAt < :before OR (d.createdAt = :before AND d.id < :idBefore))");
        }
        jpql.append(" ORDER BY d.createdAt DESC, d.id DESC");
        var query = em.createQuery(jpql.toString(), WebhookDelivery.class).setParameter("endpoint", endpointId).setMaxResults(size);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (createdBefore != null) {
            query.setParameter("before", createdBefore).setParameter("idBefore", idBefore);
        }
        return query.getResultList();
    }

    /** N4 the owner's redelivery of a time range: every delivery of the endpoint created in [from, to) that is not pending. */
    public List<WebhookDelivery> deliveredOrFailedBetween(UUID endpointId, Instant from, Instant to, int limit) {
        return em.createQuery("""
                        FROM WebhookDelivery d WHERE d.endpointId = :endpoint AND d.createdAt >= :from AND d.createdAt < :to
                        AND d.status <> :pending ORDER BY d.seq""", WebhookDelivery.class)
                .setParameter("endpoint", endpointId).setParameter("from", from).setParameter("to", to)
                .setParameter("pending", WebhookDeliveryStatus.PENDING).setMaxResults(limit).getResultList();
    }

    /*
     * An endpoint's health is written by native updates, not through the entity: several attempts to one endpoint end at
     * once, and the owner's ETag (the version) should not change because an attempt failed.
     */

    /** N4 an attempt succeeded: the endpoint is failing no more. */
    public void markHealthy(UUID endpointId) {
        em.createNativeQuery("UPDATE webhook_endpoint SET failing_since = NULL WHERE id = ?1 AND failing_since IS NOT NULL")
                .setParameter(1, endpointId).executeUpdate();
    }

    /** N4 an attempt failed at {@code now}: returns since when the endpoint has failed every attempt. */
    public Instant markFailing(UUID endpointId, Instant now) {
        Object since = em.createNativeQuery("""
                        UPDATE webhook_endpoint SET failing_since = coalesce(failing_since, ?2) WHERE id = ?1 RETURNING failing_since""")
                .setParameter(1, endpointId).setParameter(2, now).getSingleResult();
        return since instanceof java.time.OffsetDateTime odt ? odt.toInstant() : since instanceof java.sql.Timestamp ts
                ? ts.toInstant() : (Instant) since;
    }

    /** N4 disables an ACTIVE endpoint; returns 1 when this call did it (so its owner is told once). */
    public int disable(UUID endpointId, String reason, Instant now) {
        int changed = em.createNativeQuery("""
                        UPDATE webhook_endpoint SET status = 'DISABLED', disabled_reason = ?2, updated_at = ?3, version = version + 1
                        WHERE id = ?1 AND status = 'ACTIVE'""")
                .setParameter(1, endpointId).setParameter(2, reason).setParameter(3, now).executeUpdate();
        return changed;
    }

    public void add(WebhookAttempt attempt) {
        em.persist(attempt);
    }

    /** A delivery's attempts, oldest first. */
    public List<WebhookAttempt> attempts(UUID deliveryId) {
        return em.createQuery("FROM WebhookAttempt a WHERE a.deliveryId = :d ORDER BY a.attemptedAt, a.id", WebhookAttempt.class)
                .setParameter("d", deliveryId).getResultList();
    }

    /** How many deliveries wait, and the age in seconds of the oldest (0 when none waits). */
    public double[] backlog() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                FROM webhook_delivery WHERE status = 'PENDING'""").getSingleResult();
        return new double[] {((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()};
    }
}
