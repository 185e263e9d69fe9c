package org.csptransition.eligibility.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.domain.Partner;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public boolean partnerIdTaken(String partnerId) {
        return count("partnerId", partnerId) > 0;
    }

    /**
     * The partner, locked until the transaction ends: a tenant's enrollment steps happen one at a time, also when sent at
     * once. The root row is locked with a plain {@code SELECT … FOR UPDATE} and only then loaded, rather than with a
     * {@code PESSIMISTIC_WRITE} find: Hibernate 7 locks an entity with collections (the programs) by a follow-on lock that
     * failed under concurrency (a NullPointerException in {@code TableLock.applyLoadedState}, once a
     * ConcurrentModificationException), a 500 instead of one step after the other. Loaded after the lock, the partner
     * and its programs are what the previous step committed: call it before anything of the tenant is read in the
     * transaction (every use case does).
     */
    public Optional<Partner> findForUpdate(UUID tenantId) {
        var em = getEntityManager();
        boolean exists = !em.createNativeQuery("SELECT tenant_id FROM partner WHERE tenant_id = ?1 FOR UPDATE")
                .setParameter(1, tenantId).getResultList().isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Partner.class, tenantId));
    }
}
