package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.relationship.domain.KnownPartner;
import org.csptransition.relationship.domain.ProviderOffer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KnownPartnerRepository implements PanacheRepositoryBase<KnownPartner, UUID> {

    public Optional<KnownPartner> findForUpdate(UUID tenantId) {
        return findByIdOptional(tenantId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<KnownPartner> findByPartnerId(String partnerId) {
        return find("partnerId", partnerId).firstResultOptional();
    }

    /** R0: the active providers of a country with their offer (null when none is published), by name. */
    public List<ProviderRow> activeProvidersIn(String country, int offset, int limit) {
        return getEntityManager().createQuery("""
                        SELECT p, o FROM KnownPartner p LEFT JOIN ProviderOffer o ON o.providerTenantId = p.tenantId
                        WHERE p.country = :country AND p.indirectProviderStatus = :active
                        ORDER BY p.companyName, p.tenantId""", Object[].class)
                .setParameter("country", country)
                .setParameter("active", KnownPartner.ACTIVE)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new ProviderRow((KnownPartner) row[0], (ProviderOffer) row[1]))
                .toList();
    }

    public record ProviderRow(KnownPartner provider, ProviderOffer offer) {
    }
}
