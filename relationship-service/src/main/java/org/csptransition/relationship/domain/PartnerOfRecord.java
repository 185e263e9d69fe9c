package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.UUID;

/**
 * R2 one partner of record of a customer: the partner, its role, whether it holds delegated admin privileges, since when
 * and how it became one. {@code introducedBy} is the partner that brought a provider to the customer (the reseller that
 * extended or invited, or for which the provider created the customer).
 */
@Embeddable
public class PartnerOfRecord {

    @Column(name = "partner_tenant_id")
    private UUID partnerTenantId;
    @Enumerated(EnumType.STRING)
    private PartnerRole role;
    @Column(name = "delegated_admin")
    private boolean delegatedAdmin;
    private Instant since;
    @Enumerated(EnumType.STRING)
    private Via via;
    @Column(name = "introduced_by_tenant_id")
    private UUID introducedByTenantId;

    protected PartnerOfRecord() {
        // for JPA
    }

    PartnerOfRecord(UUID partnerTenantId, PartnerRole role, boolean delegatedAdmin, Instant since, Via via, UUID introducedByTenantId) {
        this.partnerTenantId = partnerTenantId;
        this.role = role;
        this.delegatedAdmin = delegatedAdmin;
        this.since = since;
        this.via = via;
        this.introducedByTenantId = introducedByTenantId;
    }

    /** R4: an invitation gives delegated admin to a partner of record that had none (a provider extended to, R3). */
    void grantDelegatedAdmin(Via through) {
        this.delegatedAdmin = true;
        this.via = through;
    }

    public UUID partnerTenantId() {
        return partnerTenantId;
    }

    public PartnerRole role() {
        return role;
    }

    public boolean delegatedAdmin() {
        return delegatedAdmin;
    }

    public Instant since() {
        return since;
    }

    public Via via() {
        return via;
    }

    public UUID introducedByTenantId() {
        return introducedByTenantId;
    }
}
