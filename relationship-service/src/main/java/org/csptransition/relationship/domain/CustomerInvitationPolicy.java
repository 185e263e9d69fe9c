package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * R4 Indirect-reseller invitation to a customer: a reseller whose indirect-reseller program is active picks one of its
 * active providers (R1) and sends the customer a link; when the customer's admin accepts through it, reseller and provider
 * both become partners of record with delegated admin. It works for a new customer and for an existing direct-bill
 * customer; never for a CSP partner tenant (E7). An invitation is used once and expires.
 */
public final class CustomerInvitationPolicy {

    public static final String RESELLER_PROGRAM_NOT_ACTIVE = PartnershipPolicy.RESELLER_PROGRAM_NOT_ACTIVE;
    public static final String INVITATION_EXPIRED = "INVITATION_EXPIRED";
    public static final String INVITATION_ALREADY_USED = "INVITATION_ALREADY_USED";
    public static final String CUSTOMER_PROFILE_REQUIRED = "CUSTOMER_PROFILE_REQUIRED";

    private CustomerInvitationPolicy() {
    }

    /** What a new customer says of itself when it accepts. */
    public record CustomerProfile(String companyName, String domain, String country) {

        boolean complete() {
            return present(companyName) && present(domain) && present(country);
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }

    /** The reseller invites, through the provider; {@code targetIsCspTenant} for an invitation that names a customer tenant. */
    public static Outcome checkInvitation(KnownPartner reseller, KnownPartner provider, Optional<Partnership> partnership,
                                          Optional<UUID> target, boolean targetIsCspTenant) {
        Outcome resellerActive = Outcome.refusedIf(!reseller.isActiveReseller(), PartnershipPolicy.resellerProgramNotActive(reseller));
        return resellerActive.and(PartnershipPolicy.checkActive(partnership, provider))
                .and(target.map(t -> NoCspToCspResalePolicy.check(t, targetIsCspTenant, "customerTenantId")).orElse(Outcome.allowed()));
    }

    /**
     * The customer's admin accepts. {@code existing} is the customer when it is already registered; a new one must say who
     * it is ({@code profile}). The partnership must still be active.
     */
    public static Outcome checkAcceptance(CustomerInvitation invitation, UUID customerTenantId, boolean cspTenant,
                                          Optional<Customer> existing, CustomerProfile profile, Optional<Partnership> partnership,
                                          KnownPartner provider, Instant now) {
        switch (invitation.statusAt(now)) {
            case ACCEPTED -> {
                return Refusal.conflict(INVITATION_ALREADY_USED, "This invitation was accepted on " + invitation.acceptedAt()
                        + "; an invitation is used once: ask the reseller for a new one if needed")
                        .with("acceptedAt", invitation.acceptedAt()).outcome();
            }
            case EXPIRED -> {
                return Refusal.conflict(INVITATION_EXPIRED, "This invitation expired on " + invitation.expiresAt()
                        + "; ask the reseller for a new one").with("expiresAt", invitation.expiresAt()).outcome();
            }
            default -> {
                // pending: the rules below decide
            }
        }
        Outcome profileGiven = Outcome.refusedIf(existing.isEmpty() && (profile == null || !profile.complete()),
                Refusal.invalid(CUSTOMER_PROFILE_REQUIRED, "companyName", "A customer new to the suite says who it is when it "
                        + "accepts: companyName, domain and country"));
        return NoCspToCspResalePolicy.check(customerTenantId, cspTenant, null).and(profileGiven)
                .and(PartnershipPolicy.checkActive(partnership, provider));
    }
}
