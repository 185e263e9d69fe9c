package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.relationship.domain.Partnership;
import org.csptransition.relationship.domain.PartnershipStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    public Optional<Partnership> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Partnership> between(UUID providerTenantId, UUID resellerTenantId) {
        return find("providerTenantId = ?1 AND resellerTenantId = ?2", providerTenantId, resellerTenantId).firstResultOptional();
    }

    /** The active partnerships in which the tenant is the reseller (its providers), oldest first. */
    public List<Partnership> activeAsReseller(UUID resellerTenantId, int offset, int limit) {
        return find("resellerTenantId = ?1 AND status = ?2 ORDER BY acceptedAt, id", resellerTenantId, PartnershipStatus.ACTIVE)
                .range(offset, offset + limit - 1).list();
    }

    /** The active partnerships in which the tenant is the provider (its resellers), oldest first. */
    public List<Partnership> activeAsProvider(UUID providerTenantId, int offset, int limit) {
        return find("providerTenantId = ?1 AND status = ?2 ORDER BY acceptedAt, id", providerTenantId, PartnershipStatus.ACTIVE)
                .range(offset, offset + limit - 1).list();
    }
}
