package org.csptransition.transfer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.transfer.domain.CustomerParty;

import java.util.UUID;

/** {@link CustomerParty.Ties} in one round trip: three indexed EXISTS. */
@ApplicationScoped
public class CustomerPartyRepository {

    private final EntityManager entityManager;

    CustomerPartyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CustomerParty.Ties ties(UUID customerTenantId, UUID partnerTenantId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM customer_partner_of_record WHERE customer_tenant_id = ?1 AND partner_tenant_id = ?2),
                               EXISTS (SELECT 1 FROM subscription WHERE customer_tenant_id = ?1 AND owner_partner_tenant_id = ?2),
                               EXISTS (SELECT 1 FROM transfer WHERE customer_tenant_id = ?1
                                       AND (source_partner_tenant_id = ?2 OR target_partner_tenant_id = ?2))""")
                .setParameter(1, customerTenantId).setParameter(2, partnerTenantId).getSingleResult();
        return new CustomerParty.Ties((Boolean) row[0], (Boolean) row[1], (Boolean) row[2]);
    }
}
