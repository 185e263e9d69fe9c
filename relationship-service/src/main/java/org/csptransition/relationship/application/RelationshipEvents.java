package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.messaging.Outbox;
import org.csptransition.relationship.domain.BillingProfile;
import org.csptransition.relationship.domain.RelationshipEvent;

import java.util.Optional;
import java.util.UUID;

/**
 * R1–R5 the one place where what the relationship aggregates caused ({@link RelationshipEvent}) becomes its wire record on
 * relationship.events, recorded in the outbox of the use case's transaction. It adds what a consumer needs to write to a
 * person without another call: the partners' names (as the read model knows them) and the links.
 */
@ApplicationScoped
class RelationshipEvents {

    private final KnownPartners partners;
    private final Links links;
    private final Outbox outbox;

    RelationshipEvents(KnownPartners partners, Links links, Outbox outbox) {
        this.partners = partners;
        this.links = links;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(RelationshipEvent event) {
        outbox.record(payload(event));
    }

    /** R5: a status change with the page where the customer accepts the agreement itself (null when none is asked). */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(RelationshipEvent.AgreementStatusChanged event, String customerAcceptanceLink) {
        outbox.record(statusChanged(event, customerAcceptanceLink));
    }

    /** Records the event when the aggregate caused one (a change), nothing when it changed nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Optional<? extends RelationshipEvent> event) {
        event.ifPresent(this::record);
    }

    private EventPayload payload(RelationshipEvent event) {
        if (event instanceof RelationshipEvent.PartnershipInvited e) {
            return new PartnershipInvited(e.partnershipId(), e.providerTenantId(), name(e.providerTenantId()), e.resellerTenantId(),
                    name(e.resellerTenantId()), partners.known(e.resellerTenantId()).partnerId(),
                    links.partnershipInvitation(e.partnershipId()), e.invitedAt());
        }
        if (event instanceof RelationshipEvent.PartnershipAccepted e) {
            return new PartnershipAccepted(e.partnershipId(), e.providerTenantId(), name(e.providerTenantId()), e.resellerTenantId(),
                    name(e.resellerTenantId()), e.acceptedAt());
        }
        if (event instanceof RelationshipEvent.CustomerRegistered e) {
            return new CustomerRegistered(e.customerTenantId(), e.companyName(), e.domain(), e.country(), e.relationship().name(),
                    e.partnerTenantId(), name(e.partnerTenantId()), e.registeredByTenantId(), name(e.registeredByTenantId()),
                    e.registeredAt());
        }
        if (event instanceof RelationshipEvent.PartnerOfRecordAdded e) {
            return new PartnerOfRecordAdded(e.customerTenantId(), e.customerName(), e.partnerTenantId(), name(e.partnerTenantId()),
                    e.role().name(), e.delegatedAdmin(), e.since(), e.via().name());
        }
        if (event instanceof RelationshipEvent.RelationshipExtended e) {
            return new RelationshipExtended(e.extensionId(), e.customerTenantId(), e.customerName(), e.resellerTenantId(),
                    name(e.resellerTenantId()), e.providerTenantId(), name(e.providerTenantId()),
                    new RelationshipExtended.Consent(e.consent().attestedBy(), e.consent().attestedAt()),
                    e.billingProfile() == null ? null : shared(e.billingProfile()), e.extendedAt());
        }
        if (event instanceof RelationshipEvent.CustomerInvitationAccepted e) {
            return new CustomerInvitationAccepted(e.invitationId(), e.customerTenantId(), e.customerName(), e.resellerTenantId(),
                    name(e.resellerTenantId()), e.providerTenantId(), name(e.providerTenantId()), e.acceptedAt());
        }
        if (event instanceof RelationshipEvent.AgreementStatusChanged e) {
            return statusChanged(e, null);
        }
        throw new IllegalArgumentException("No wire record for " + event);
    }

    private AgreementStatusChanged statusChanged(RelationshipEvent.AgreementStatusChanged e, String customerAcceptanceLink) {
        UUID reseller = e.resellerTenantId();
        return new AgreementStatusChanged(e.customerTenantId(), e.customerName(), e.providerTenantId(), name(e.providerTenantId()),
                reseller, reseller == null ? null : name(reseller), e.previousStatus() == null ? null : e.previousStatus().name(),
                e.status().name(), e.basis().name(), e.changedAt(), customerAcceptanceLink);
    }

    private String name(UUID partnerTenantId) {
        return partners.nameOf(partnerTenantId);
    }

    /** R3: the copy of the customer's billing profile that goes to the provider. */
    private static RelationshipExtended.BillingProfile shared(BillingProfile profile) {
        return new RelationshipExtended.BillingProfile(profile.email(), new RelationshipExtended.Address(profile.line1(),
                profile.line2(), profile.city(), profile.postalCode(), profile.region(), profile.country()));
    }
}
