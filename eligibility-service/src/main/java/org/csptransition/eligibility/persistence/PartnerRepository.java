package org.csptransition.eligibility.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.eligibility.domain.Partner;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public boolean partnerIdTaken(String partnerId) {
        return count("partnerId", partnerId) > 0;
    }

    /** The partner, locked until the transaction ends: a tenant's enrollment steps happen one at a time, also when sent at once. */
    public Optional<Partner> findForUpdate(UUID tenantId) {
        return findByIdOptional(tenantId, LockModeType.PESSIMISTIC_WRITE);
    }
}
