package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * R3 a reseller relationship extension: a transitioned partner extended its direct-bill customer to one of its providers,
 * with the customer's consent attested (kept as the record the partner agreement asks for).
 */
@Entity
@Table(name = "relationship_extension")
public class RelationshipExtension {

    @Id
    private UUID id;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "reseller_tenant_id")
    private UUID resellerTenantId;
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    @Column(name = "consent_attested_by")
    private String consentAttestedBy;
    @Column(name = "consent_attested_at")
    private Instant consentAttestedAt;
    @Column(name = "extended_at")
    private Instant extendedAt;
    @Column(name = "extended_by")
    private String extendedBy;

    protected RelationshipExtension() {
        // for JPA
    }

    /** An extension just made, and the event it causes. */
    public record Extended(RelationshipExtension extension, RelationshipEvent.RelationshipExtended event) {
    }

    /**
     * Call only after {@link RelationshipExtensionPolicy#check} allowed it. The event carries the copy of the customer's
     * billing profile that goes to the provider.
     */
    public static Extended extend(UUID id, Customer customer, UUID resellerTenantId, UUID providerTenantId, CustomerConsent consent,
                                  String user, Instant now) {
        RelationshipExtension extension = new RelationshipExtension();
        extension.id = id;
        extension.customerTenantId = customer.tenantId();
        extension.resellerTenantId = resellerTenantId;
        extension.providerTenantId = providerTenantId;
        extension.consentAttestedBy = consent.attestedBy();
        extension.consentAttestedAt = consent.attestedAt();
        extension.extendedBy = user;
        extension.extendedAt = now;
        return new Extended(extension, new RelationshipEvent.RelationshipExtended(id, customer.tenantId(), customer.companyName(),
                resellerTenantId, providerTenantId, consent, customer.billingProfile().orElse(null), now));
    }

    public UUID id() {
        return id;
    }

    public UUID customerTenantId() {
        return customerTenantId;
    }

    public UUID resellerTenantId() {
        return resellerTenantId;
    }

    public UUID providerTenantId() {
        return providerTenantId;
    }

    public CustomerConsent consent() {
        return new CustomerConsent(consentAttestedBy, consentAttestedAt);
    }

    public Instant extendedAt() {
        return extendedAt;
    }
}
