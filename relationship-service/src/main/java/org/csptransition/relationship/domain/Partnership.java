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
 * R1 a provider–reseller partnership: created by the provider's invitation ({@code PENDING}, its id is the invitation's)
 * and made {@code ACTIVE} by the reseller's acceptance. One per provider and reseller.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    private UUID id;
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    @Column(name = "reseller_tenant_id")
    private UUID resellerTenantId;
    @Enumerated(EnumType.STRING)
    private PartnershipStatus status;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Version
    private long version;

    protected Partnership() {
        // for JPA
    }

    /** A partnership just created by the provider's invitation, and the event it causes. */
    public record Invited(Partnership partnership, RelationshipEvent.PartnershipInvited event) {
    }

    public static Invited invite(UUID id, UUID providerTenantId, UUID resellerTenantId, String user, Instant now) {
        Partnership partnership = new Partnership();
        partnership.id = id;
        partnership.providerTenantId = providerTenantId;
        partnership.resellerTenantId = resellerTenantId;
        partnership.status = PartnershipStatus.PENDING;
        partnership.invitedBy = user;
        partnership.invitedAt = now;
        return new Invited(partnership, new RelationshipEvent.PartnershipInvited(id, providerTenantId, resellerTenantId, now));
    }

    /** Call only after {@link PartnershipPolicy#checkAcceptance} allowed it. */
    public RelationshipEvent.PartnershipAccepted accept(String user, Instant now) {
        if (status != PartnershipStatus.PENDING) {
            throw new IllegalStateException("Partnership " + id + " is " + status);
        }
        status = PartnershipStatus.ACTIVE;
        acceptedBy = user;
        acceptedAt = now;
        return new RelationshipEvent.PartnershipAccepted(id, providerTenantId, resellerTenantId, now);
    }

    public boolean isActive() {
        return status == PartnershipStatus.ACTIVE;
    }

    /** Whether the tenant is the provider or the reseller of this partnership. */
    public boolean isParty(UUID tenantId) {
        return providerTenantId.equals(tenantId) || resellerTenantId.equals(tenantId);
    }

    public UUID id() {
        return id;
    }

    public UUID providerTenantId() {
        return providerTenantId;
    }

    public UUID resellerTenantId() {
        return resellerTenantId;
    }

    public PartnershipStatus status() {
        return status;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public long version() {
        return version;
    }
}
