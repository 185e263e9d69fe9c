package org.csptransition.relationship.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * R1–R5 what a change of a partnership, a customer, an extension, an invitation or a provider's agreement status caused, as
 * the aggregate that changed returns it. The application publishes each on relationship.events as its event type, adding
 * the partners' names and the links a person needs; the domain knows neither.
 */
public sealed interface RelationshipEvent {

    /** R1: a provider invited a reseller to a partnership. */
    record PartnershipInvited(UUID partnershipId, UUID providerTenantId, UUID resellerTenantId, Instant invitedAt)
            implements RelationshipEvent {
    }

    /** R1: the reseller accepted; the partnership is active. */
    record PartnershipAccepted(UUID partnershipId, UUID providerTenantId, UUID resellerTenantId, Instant acceptedAt)
            implements RelationshipEvent {
    }

    /** R2: a customer tenant became known, as {@code relationship} of {@code partnerTenantId}, registered by {@code registeredByTenantId}. */
    record CustomerRegistered(UUID customerTenantId, String companyName, String domain, String country,
                              CustomerRelationship relationship, UUID partnerTenantId, UUID registeredByTenantId,
                              Instant registeredAt) implements RelationshipEvent {
    }

    /** R2–R4: a partner became partner of record, or one already of record gained delegated admin. */
    record PartnerOfRecordAdded(UUID customerTenantId, String customerName, UUID partnerTenantId, PartnerRole role,
                                boolean delegatedAdmin, Instant since, Via via) implements RelationshipEvent {
    }

    /** R3: the customer was extended to the provider; {@code billingProfile} is the copy it receives (null when none is held). */
    record RelationshipExtended(UUID extensionId, UUID customerTenantId, String customerName, UUID resellerTenantId,
                                UUID providerTenantId, CustomerConsent consent, BillingProfile billingProfile, Instant extendedAt)
            implements RelationshipEvent {
    }

    /** R4: the customer's admin accepted the reseller's invitation. */
    record CustomerInvitationAccepted(UUID invitationId, UUID customerTenantId, String customerName, UUID resellerTenantId,
                                      UUID providerTenantId, Instant acceptedAt) implements RelationshipEvent {
    }

    /**
     * R5: the customer's agreement status for a provider changed ({@code previousStatus} null the first time);
     * {@code resellerTenantId} brought the provider to the customer (null when none did).
     */
    record AgreementStatusChanged(UUID customerTenantId, String customerName, UUID providerTenantId, UUID resellerTenantId,
                                  AgreementStatus previousStatus, AgreementStatus status, AgreementBasis basis, Instant changedAt)
            implements RelationshipEvent {
    }
}
