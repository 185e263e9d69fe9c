package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

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
    public static Outcome checkInvitation(KnownPartner provider, String resellerPartnerId, Optional<KnownPartner> reseller,
                                          Optional<Partnership> existing) {
        List<Refusal> refusals = new ArrayList<>();
        if (!provider.isActiveProvider()) {
            refusals.add(ProviderDirectoryPolicy.providerProgramNotActive(provider));
        }
        if (reseller.isEmpty()) {
            refusals.add(resellerPartnerIdUnknown(resellerPartnerId, "resellerPartnerId"));
        } else if (reseller.get().tenantId().equals(provider.tenantId())) {
            refusals.add(Refusal.invalid(CANNOT_PARTNER_WITH_ITSELF, "resellerPartnerId", "A provider cannot invite its own tenant"));
        }
        existing.ifPresent(p -> refusals.add(alreadyExists(reseller.map(KnownPartner::displayName).orElse(resellerPartnerId))
                .with("partnershipId", p.id()).with("partnershipStatus", p.status().name())));
        return Outcome.of(refusals);
    }

    /** A partnership between the provider and {@code reseller} (its name) exists, or was made at the same moment. */
    public static Refusal alreadyExists(String reseller) {
        return Refusal.conflict(PARTNERSHIP_ALREADY_EXISTS, "A partnership with " + reseller + " already exists")
                .with("partner", reseller);
    }

    /** The reseller accepts: it must hold an active indirect-reseller program, and the provider must still be active. */
    public static Outcome checkAcceptance(Partnership partnership, KnownPartner reseller, KnownPartner provider) {
        if (partnership.isActive()) {
            return Refusal.conflict(PARTNERSHIP_ALREADY_ACTIVE, "The partnership with " + provider.displayName()
                    + " is already active; an invitation is accepted once").with("partner", provider.displayName()).outcome();
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!reseller.isActiveReseller()) {
            refusals.add(resellerProgramNotActive(reseller));
        }
        if (!provider.isActiveProvider()) {
            refusals.add(ProviderDirectoryPolicy.providerProgramNotActive(provider));
        }
        return Outcome.of(refusals);
    }

    /** The reseller and the provider must have an active partnership (R3, R4). */
    public static Outcome checkActive(Optional<Partnership> partnership, KnownPartner provider) {
        return Outcome.refusedIf(partnership.filter(Partnership::isActive).isEmpty(),
                partnershipNotActive(provider.displayName(), "indirectProviderTenantId"));
    }

    /** No active partnership with {@code partner} (its name), refused on {@code field}. */
    static Refusal partnershipNotActive(String partner, String field) {
        return Refusal.invalid(PARTNERSHIP_NOT_ACTIVE, field, "There is no active partnership with " + partner
                + "; the provider invites the reseller and the reseller accepts first (R1)").with("partner", partner);
    }

    /** A partner acting as reseller (accepting a partnership, inviting a customer) whose indirect-reseller program is not active. */
    static Refusal resellerProgramNotActive(KnownPartner partner) {
        String status = ProviderDirectoryPolicy.programStatus(partner.indirectResellerStatus());
        return Refusal.invalid(RESELLER_PROGRAM_NOT_ACTIVE, "Only a partner whose indirect reseller program is active accepts "
                        + "partnerships and invites customers with a provider; the program of " + partner.displayName() + " is "
                        + status + " (a direct-bill partner completes the indirect reseller enrollment first)")
                .with("partner", partner.displayName()).with("status", status);
    }

    /** No known partner has the PartnerID, refused on {@code field}. */
    static Refusal resellerPartnerIdUnknown(String partnerId, String field) {
        return Refusal.invalid(RESELLER_PARTNER_ID_UNKNOWN, field, "No partner with PartnerID " + partnerId
                + " is known; check the PartnerID (if the partner registered just now, retry shortly)").with("partnerId", partnerId);
    }
}
