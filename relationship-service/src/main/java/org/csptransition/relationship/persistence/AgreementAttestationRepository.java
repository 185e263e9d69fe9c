package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.domain.AgreementAttestation;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementAttestationRepository implements PanacheRepositoryBase<AgreementAttestation, UUID> {

    /** The customer's attestations, oldest first. */
    public List<AgreementAttestation> ofCustomer(UUID customerTenantId) {
        return list("customerTenantId = ?1 ORDER BY createdAt, id", customerTenantId);
    }
}
