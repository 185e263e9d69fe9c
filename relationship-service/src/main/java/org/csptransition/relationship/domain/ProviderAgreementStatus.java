package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * R5 the last published Microsoft Customer Agreement status of a customer for one of its providers, so that a change (and
 * only a change) is published.
 */
@Entity
@Table(name = "provider_agreement_status")
public class ProviderAgreementStatus {

    @Id
    private UUID id;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    @Enumerated(EnumType.STRING)
    private AgreementBasis basis;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected ProviderAgreementStatus() {
        // for JPA
    }

    public static ProviderAgreementStatus first(UUID id, UUID customerTenantId, UUID providerTenantId,
                                                AgreementCarryOverPolicy.Standing standing, Instant now) {
        ProviderAgreementStatus status = new ProviderAgreementStatus();
        status.id = id;
        status.customerTenantId = customerTenantId;
        status.providerTenantId = providerTenantId;
        status.status = standing.status();
        status.basis = standing.basis();
        status.changedAt = now;
        return status;
    }

    /** Takes the new standing; returns whether the status or its basis changed. */
    public boolean update(AgreementCarryOverPolicy.Standing standing, Instant now) {
        if (standing.status() == status && standing.basis() == basis) {
            return false;
        }
        status = standing.status();
        basis = standing.basis();
        changedAt = now;
        return true;
    }

    public UUID customerTenantId() {
        return customerTenantId;
    }

    public UUID providerTenantId() {
        return providerTenantId;
    }

    public AgreementStatus status() {
        return status;
    }

    public AgreementBasis basis() {
        return basis;
    }
}
