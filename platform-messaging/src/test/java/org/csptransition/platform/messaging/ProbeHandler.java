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
 * is cured ({@link #cure}), as a fault fixed by an operator would; one named "held" waits until the test lets it go.
 */
@ApplicationScoped
public class ProbeHandler implements EventHandler {

    static final String POISON = "poison";
    /** A company named so is handled only once {@link #HELD} is opened: a slow handler holding its partition. */
    static final String HELD_COMPANY = "held";
    static volatile java.util.concurrent.CountDownLatch HELD = new java.util.concurrent.CountDownLatch(0);
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
        if (HELD_COMPANY.equals(partner.companyName())) {
            try {
                HELD.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (POISON.equals(partner.companyName()) && !CURED.contains(partner.tenantId())) {
            throw new IllegalStateException("probe refuses poison");
        }
    }
}
