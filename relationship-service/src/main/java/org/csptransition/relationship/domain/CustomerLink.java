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
 * R4, R5 a link a customer follows from an e-mail: what it answers ({@link CustomerLinkPurpose}, the subject), the customer
 * it is bound to, its language, its expiry and, once used, the answer. Only the hash of its token is kept
 * ({@code tokenHash}); {@link CustomerLinkPolicy} says who may use it when.
 */
@Entity
@Table(name = "customer_link")
public class CustomerLink {

    @Id
    private UUID id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private CustomerLinkPurpose purpose;
    @Column(name = "subject_id")
    private UUID subjectId;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    private String locale;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "used_by_tenant_id")
    private UUID usedByTenantId;
    @Column(name = "used_by")
    private String usedBy;
    @Enumerated(EnumType.STRING)
    private CustomerLinkAnswer answer;
    @Version
    private long version;

    protected CustomerLink() {
        // for JPA
    }

    /**
     * A new link; {@code customerTenantId} is null only for a new customer's invitation, {@code providerTenantId} the
     * provider the customer is asked about.
     */
    public static CustomerLink issue(UUID id, String tokenHash, CustomerLinkPurpose purpose, UUID subjectId, UUID customerTenantId,
                                     UUID providerTenantId, String locale, Instant now, Duration validity) {
        CustomerLink link = new CustomerLink();
        link.id = id;
        link.tokenHash = tokenHash;
        link.purpose = purpose;
        link.subjectId = subjectId;
        link.customerTenantId = customerTenantId;
        link.providerTenantId = providerTenantId;
        link.locale = locale;
        link.createdAt = now;
        link.expiresAt = now.plus(validity);
        return link;
    }

    /** Call only after {@link CustomerLinkPolicy#checkUse} allowed it: the link is spent, whatever the answer. */
    public void answer(CustomerLinkAnswer answer, UUID tenantId, String user, Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Link " + id + " was used on " + usedAt);
        }
        this.answer = answer;
        this.usedByTenantId = tenantId;
        this.usedBy = user;
        this.usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether the tenant may use it: the customer it is bound to, or anyone for a link bound to no customer. */
    public boolean isFor(UUID tenantId) {
        return customerTenantId == null || customerTenantId.equals(tenantId);
    }

    public UUID id() {
        return id;
    }

    public CustomerLinkPurpose purpose() {
        return purpose;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public Optional<UUID> customerTenantId() {
        return Optional.ofNullable(customerTenantId);
    }

    public Optional<UUID> providerTenantId() {
        return Optional.ofNullable(providerTenantId);
    }

    public String locale() {
        return locale;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    public Optional<CustomerLinkAnswer> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<UUID> usedByTenantId() {
        return Optional.ofNullable(usedByTenantId);
    }
}
