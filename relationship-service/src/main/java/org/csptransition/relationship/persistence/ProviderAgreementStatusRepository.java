package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.domain.ProviderAgreementStatus;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProviderAgreementStatusRepository implements PanacheRepositoryBase<ProviderAgreementStatus, UUID> {

    public Optional<ProviderAgreementStatus> of(UUID customerTenantId, UUID providerTenantId) {
        return find("customerTenantId = ?1 AND providerTenantId = ?2", customerTenantId, providerTenantId).firstResultOptional();
    }
}
