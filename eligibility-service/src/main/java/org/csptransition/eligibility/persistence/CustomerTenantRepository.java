package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** E7 the customer tenants learnt from relationship-service's customer.registered.v1. */
@ApplicationScoped
public class CustomerTenantRepository {

    private final EntityManager entityManager;

    CustomerTenantRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the tenant as a customer; the same event again changes nothing. */
    public void remember(UUID tenantId, Instant registeredAt, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO customer_tenant (tenant_id, registered_at, learned_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (tenant_id) DO NOTHING""")
                .setParameter(1, tenantId).setParameter(2, OffsetDateTime.ofInstant(registeredAt, ZoneOffset.UTC))
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }

    public boolean isCustomer(UUID tenantId) {
        // no result class: each createNativeQuery(sql, X.class) adds an entry to Hibernate's query plan cache
        return !entityManager.createNativeQuery("SELECT 1 FROM customer_tenant WHERE tenant_id = ?1")
                .setParameter(1, tenantId).getResultList().isEmpty();
    }
}
