package org.csptransition.relationship.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R1 Provider–reseller partnership: a partner whose indirect provider program is active invites a reseller by its
 * PartnerID; only a tenant whose indirect-reseller program is active can accept, and then the partnership is
 * {@code ACTIVE}. Relationship extensions (R3), customer invitations (R4) and customers a provider creates for a reseller
 * (R2) need an active partnership.
 */
public final class PartnershipPolicy {

    public static final String PROVIDER_PROGRAM_NOT_ACTIVE = ProviderDirectoryPolicy.PROVIDER_PROGRAM_NOT_ACTIVE;
    public static final String RESELLER_PARTNER_ID_UNKNOWN = "RESELLER_PARTNER_ID_UNKNOWN";
    public static final String CANNOT_PARTNER_WITH_ITSELF = "CANNOT_PARTNER_WITH_ITSELF";
    public static final String PARTNERSHIP_ALREADY_EXISTS = "PARTNERSHIP_ALREADY_EXISTS";
    public static final String PARTNERSHIP_ALREADY_ACTIVE = "PARTNERSHIP_ALREADY_ACTIVE";
    public static final String RESELLER_PROGRAM_NOT_ACTIVE = "RESELLER_PROGRAM_NOT_ACTIVE";
    public static final String PARTNERSHIP_NOT_ACTIVE = "PARTNERSHIP_NOT_ACTIVE";

    private PartnershipPolicy() {
    }

    /**
     * A provider invites the reseller known by {@code resellerPartnerId}; {@code reseller} is empty when no known partner
     * has that PartnerID.
     */
    public static List<Refusal> checkInvitation(KnownPartner provider, String resellerPartnerId, Optional<KnownPartner> reseller,
                                                Optional<Partnership> existing) {
        List<Refusal> refusals = new ArrayList<>();
        if (!provider.isActiveProvider()) {
            refusals.add(Refusal.refused(PROVIDER_PROGRAM_NOT_ACTIVE, "Only a partner whose indirect provider program is active "
                    + "invites resellers; the program of " + provider.displayName() + " is "
                    + ProviderDirectoryPolicy.status(provider.indirectProviderStatus())));
        }
        if (reseller.isEmpty()) {
            refusals.add(Refusal.invalid(RESELLER_PARTNER_ID_UNKNOWN, "resellerPartnerId", "No partner with PartnerID "
                    + resellerPartnerId + " is known; check the PartnerID (if the partner registered just now, retry shortly)"));
        } else if (reseller.get().tenantId().equals(provider.tenantId())) {
            refusals.add(Refusal.invalid(CANNOT_PARTNER_WITH_ITSELF, "resellerPartnerId", "A provider cannot invite its own tenant"));
        }
        existing.ifPresent(p -> refusals.add(Refusal.conflict(PARTNERSHIP_ALREADY_EXISTS, "A partnership with "
                + reseller.map(KnownPartner::displayName).orElse(resellerPartnerId) + " already exists (" + p.status()
                + ", id " + p.id() + ")")));
        return refusals;
    }

    /** The reseller accepts: it must hold an active indirect-reseller program, and the provider must still be active. */
    public static List<Refusal> checkAcceptance(Partnership partnership, KnownPartner reseller, KnownPartner provider) {
        if (partnership.isActive()) {
            return List.of(Refusal.conflict(PARTNERSHIP_ALREADY_ACTIVE, "The partnership with " + provider.displayName()
                    + " is already active; an invitation is accepted once"));
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!reseller.isActiveReseller()) {
            refusals.add(Refusal.refused(RESELLER_PROGRAM_NOT_ACTIVE, "Only a tenant whose indirect reseller program is active "
                    + "can accept a partnership; the program of " + reseller.displayName() + " is "
                    + ProviderDirectoryPolicy.status(reseller.indirectResellerStatus())
                    + " (complete the indirect reseller enrollment first)"));
        }
        if (!provider.isActiveProvider()) {
            refusals.add(Refusal.refused(PROVIDER_PROGRAM_NOT_ACTIVE, "The indirect provider program of " + provider.displayName()
                    + " is no longer active"));
        }
        return refusals;
    }

    /** The reseller and the provider must have an active partnership (R3, R4, and a customer created by a provider). */
    public static List<Refusal> checkActive(Optional<Partnership> partnership, KnownPartner provider) {
        if (partnership.filter(Partnership::isActive).isEmpty()) {
            return List.of(Refusal.invalid(PARTNERSHIP_NOT_ACTIVE, "indirectProviderTenantId", "There is no active partnership with "
                    + provider.displayName() + (partnership.isPresent() ? " (its invitation is not accepted yet)" : "")
                    + "; the provider invites the reseller and the reseller accepts first (R1)"));
        }
        return List.of();
    }
}
