package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.messaging.Outbox;
import org.csptransition.relationship.domain.AgreementAttestation;
import org.csptransition.relationship.domain.AgreementCarryOverPolicy;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.PartnerOfRecord;
import org.csptransition.relationship.domain.ProviderAgreementStatus;
import org.csptransition.relationship.persistence.AgreementAttestationRepository;
import org.csptransition.relationship.persistence.ProviderAgreementStatusRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R5: keeps each provider's Microsoft Customer Agreement status of a customer and publishes
 * {@code customer.agreement.status.changed.v1} for every provider whose status (or its basis) changes, including its
 * first status when it becomes a partner of record.
 */
@ApplicationScoped
class AgreementStatuses {

    private final ProviderAgreementStatusRepository statuses;
    private final AgreementAttestationRepository attestations;
    private final KnownPartners partners;
    private final Outbox outbox;

    AgreementStatuses(ProviderAgreementStatusRepository statuses, AgreementAttestationRepository attestations, KnownPartners partners,
                      Outbox outbox) {
        this.statuses = statuses;
        this.attestations = attestations;
        this.partners = partners;
        this.outbox = outbox;
    }

    /** The customer's status for one provider, as the rule says now. */
    @Transactional(Transactional.TxType.MANDATORY)
    AgreementCarryOverPolicy.Standing standing(Customer customer, UUID providerTenantId) {
        return AgreementCarryOverPolicy.statusFor(providerTenantId, customer.ownAgreementAcceptedAt(),
                attestations.ofCustomer(customer.tenantId()));
    }

    /** Re-evaluates every provider of the customer; publishes the changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    void refresh(Customer customer, Instant now) {
        List<AgreementAttestation> attested = attestations.ofCustomer(customer.tenantId());
        for (PartnerOfRecord provider : customer.providers()) {
            AgreementCarryOverPolicy.Standing standing = AgreementCarryOverPolicy.statusFor(provider.partnerTenantId(),
                    customer.ownAgreementAcceptedAt(), attested);
            Optional<ProviderAgreementStatus> last = statuses.of(customer.tenantId(), provider.partnerTenantId());
            String previous = last.map(s -> s.status().name()).orElse(null);
            if (last.isEmpty()) {
                statuses.persist(ProviderAgreementStatus.first(UUID.randomUUID(), customer.tenantId(), provider.partnerTenantId(),
                        standing, now));
            } else if (!last.get().update(standing, now)) {
                continue;
            }
            UUID reseller = provider.introducedByTenantId();
            outbox.record(new AgreementStatusChanged(customer.tenantId(), customer.companyName(), provider.partnerTenantId(),
                    partners.nameOf(provider.partnerTenantId()), reseller, reseller == null ? null : partners.nameOf(reseller),
                    previous, standing.status().name(), standing.basis().name(), now));
        }
    }
}
