package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.partners.KnownPartner;
import org.csptransition.relationship.domain.ProviderOffer;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProviderOfferRepository implements PanacheRepositoryBase<ProviderOffer, UUID> {

    /** R0: the active providers of a country (from the shared partner read model) with their offer (null when none is published), by name. */
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
