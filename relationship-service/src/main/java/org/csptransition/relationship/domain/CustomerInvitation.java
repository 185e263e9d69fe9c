package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * R4 a reseller's invitation to a customer to make it and one of its providers partners of record with delegated admin.
 * For a new customer (no {@code customerTenantId}) whoever admin holds the link may accept; for an existing customer only
 * that customer. Single use, and it expires.
 */
@Entity
@Table(name = "customer_invitation")
public class CustomerInvitation {

    @Id
    private UUID id;
    @Column(name = "reseller_tenant_id")
    private UUID resellerTenantId;
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    private String locale;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "accepted_by_tenant_id")
    private UUID acceptedByTenantId;
    @Version
    private long version;

    protected CustomerInvitation() {
        // for JPA
    }

    /** Call only after {@link CustomerInvitationPolicy#checkInvitation} allowed it. */
    public static CustomerInvitation invite(UUID id, UUID resellerTenantId, UUID providerTenantId, UUID customerTenantId, String locale,
                                            String user, Instant now, Duration validity) {
        CustomerInvitation invitation = new CustomerInvitation();
        invitation.id = id;
        invitation.resellerTenantId = resellerTenantId;
        invitation.providerTenantId = providerTenantId;
        invitation.customerTenantId = customerTenantId;
        invitation.status = InvitationStatus.PENDING;
        invitation.locale = locale;
        invitation.createdBy = user;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(validity);
        return invitation;
    }

    /** Call only after {@link CustomerInvitationPolicy#checkAcceptance} allowed it. */
    public RelationshipEvent.CustomerInvitationAccepted accept(Customer customer, String user, Instant now) {
        if (statusAt(now) != InvitationStatus.PENDING) {
            throw new IllegalStateException("Invitation " + id + " is " + statusAt(now));
        }
        status = InvitationStatus.ACCEPTED;
        acceptedByTenantId = customer.tenantId();
        acceptedBy = user;
        acceptedAt = now;
        return new RelationshipEvent.CustomerInvitationAccepted(id, customer.tenantId(), customer.companyName(), resellerTenantId,
                providerTenantId, now);
    }

    /** The status as of {@code now}: a pending invitation past its expiry is {@code EXPIRED}. */
    public InvitationStatus statusAt(Instant now) {
        if (status == InvitationStatus.PENDING && !now.isBefore(expiresAt)) {
            return InvitationStatus.EXPIRED;
        }
        return status;
    }

    /** Whether the tenant may accept it: the customer it names, or for a new customer any customer tenant. */
    public boolean isAddressedTo(UUID tenantId) {
        return customerTenantId == null || customerTenantId.equals(tenantId);
    }

    public boolean isFromOrTo(UUID partnerTenantId) {
        return resellerTenantId.equals(partnerTenantId) || providerTenantId.equals(partnerTenantId);
    }

    public UUID id() {
        return id;
    }

    public UUID resellerTenantId() {
        return resellerTenantId;
    }

    public UUID providerTenantId() {
        return providerTenantId;
    }

    public Optional<UUID> customerTenantId() {
        return Optional.ofNullable(customerTenantId);
    }

    public String locale() {
        return locale;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Optional<UUID> acceptedByTenantId() {
        return Optional.ofNullable(acceptedByTenantId);
    }

    public long version() {
        return version;
    }
}
