package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
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

    /** The first status of a provider just of record, and the event that publishes it. */
    public record Opened(ProviderAgreementStatus status, RelationshipEvent.AgreementStatusChanged event) {
    }

    public static Opened first(UUID id, Customer customer, PartnerOfRecord provider, AgreementCarryOverPolicy.Standing standing,
                               Instant now) {
        ProviderAgreementStatus status = new ProviderAgreementStatus();
        status.id = id;
        status.customerTenantId = customer.tenantId();
        status.providerTenantId = provider.partnerTenantId();
        status.status = standing.status();
        status.basis = standing.basis();
        status.changedAt = now;
        return new Opened(status, status.changed(customer, provider, null));
    }

    /** Takes the new standing; the event when the status or its basis changed, empty when neither did. */
    public Optional<RelationshipEvent.AgreementStatusChanged> update(Customer customer, PartnerOfRecord provider,
                                                                     AgreementCarryOverPolicy.Standing standing, Instant now) {
        if (standing.status() == status && standing.basis() == basis) {
            return Optional.empty();
        }
        AgreementStatus previous = status;
        status = standing.status();
        basis = standing.basis();
        changedAt = now;
        return Optional.of(changed(customer, provider, previous));
    }

    private RelationshipEvent.AgreementStatusChanged changed(Customer customer, PartnerOfRecord provider, AgreementStatus previous) {
        return new RelationshipEvent.AgreementStatusChanged(customerTenantId, customer.companyName(), providerTenantId,
                provider.introducedByTenantId(), previous, status, basis, changedAt);
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
