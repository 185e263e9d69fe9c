package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.relationship.config.RelationshipConfig;
import org.csptransition.relationship.domain.AgreementAttestation;
import org.csptransition.relationship.domain.AgreementStatus;
import org.csptransition.relationship.domain.CustomerLinkPurpose;
import org.csptransition.relationship.domain.RelationshipEvent;
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
    private final RelationshipEvents events;
    private final CustomerLinks links;
    private final KnownPartners partners;
    private final RelationshipConfig config;

    AgreementStatuses(ProviderAgreementStatusRepository statuses, AgreementAttestationRepository attestations,
                      RelationshipEvents events, CustomerLinks links, KnownPartners partners, RelationshipConfig config) {
        this.statuses = statuses;
        this.attestations = attestations;
        this.events = events;
        this.links = links;
        this.partners = partners;
        this.config = config;
    }

    /** The customer's status for one provider, as the rule says now. */
    @Transactional(Transactional.TxType.MANDATORY)
    AgreementCarryOverPolicy.Standing standing(Customer customer, UUID providerTenantId) {
        return AgreementCarryOverPolicy.statusFor(providerTenantId, customer.ownAgreementAcceptedAt(),
                attestations.ofCustomer(customer.tenantId()));
    }

    /**
     * Re-evaluates every provider of the customer and publishes what changed: a provider just of record gets its first
     * status; one whose standing is unchanged, nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void refresh(Customer customer, Instant now) {
        if (customer.providers().isEmpty()) {
            return;
        }
        List<AgreementAttestation> attested = attestations.ofCustomer(customer.tenantId());
        for (PartnerOfRecord provider : customer.providers()) {
            AgreementCarryOverPolicy.Standing standing = AgreementCarryOverPolicy.statusFor(provider.partnerTenantId(),
                    customer.ownAgreementAcceptedAt(), attested);
            Optional<ProviderAgreementStatus> last = statuses.of(customer.tenantId(), provider.partnerTenantId());
            Optional<RelationshipEvent.AgreementStatusChanged> changed;
            if (last.isPresent()) {
                changed = last.get().update(customer, provider, standing, now);
            } else {
                ProviderAgreementStatus.Opened first = ProviderAgreementStatus.first(UUID.randomUUID(), customer, provider, standing, now);
                statuses.persist(first.status());
                changed = Optional.of(first.event());
            }
            changed.ifPresent(event -> events.record(event, acceptanceLink(event)));
        }
    }

    /**
     * R5: when the agreement must still be accepted for a provider, a link to the page where the customer's admin accepts
     * it itself (the acceptance that carries over); the e-mail to the partners carries it. In the language of the partner
     * that brought the provider, who forwards it.
     */
    private String acceptanceLink(RelationshipEvent.AgreementStatusChanged event) {
        if (event.status() != AgreementStatus.ACCEPTANCE_REQUIRED) {
            return null;
        }
        UUID forwarder = event.resellerTenantId() != null ? event.resellerTenantId() : event.providerTenantId();
        String locale = InvitationEmail.supported(partners.known(forwarder).preferredLocale());
        return links.issue(CustomerLinkPurpose.MCA_ACCEPTANCE, event.customerTenantId(), event.customerTenantId(),
                event.providerTenantId(), locale, config.customerLinks().validity()).url();
    }
}
