package org.csptransition.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerRegistered;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A consumer for the tests: each application of an event adds a row; a company named "poison" fails until its tenant
 * is cured ({@link #cure}), as a fault fixed by an operator would.
 */
@ApplicationScoped
public class ProbeHandler implements EventHandler {

    static final String POISON = "poison";
    private static final Set<UUID> CURED = ConcurrentHashMap.newKeySet();

    private final EntityManager entityManager;

    ProbeHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    static void cure(UUID tenant) {
        CURED.add(tenant);
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PARTNER_REGISTERED);
    }

    @Override
    public void handle(EventEnvelope event) {
        PartnerRegistered partner = event.payload(PartnerRegistered.class);
        entityManager.createNativeQuery("INSERT INTO probe_effect (event_id, tenant_id) VALUES (?1, ?2)")
                .setParameter(1, event.id()).setParameter(2, partner.tenantId()).executeUpdate();
        if (POISON.equals(partner.companyName()) && !CURED.contains(partner.tenantId())) {
            throw new IllegalStateException("probe refuses poison");
        }
    }
}
