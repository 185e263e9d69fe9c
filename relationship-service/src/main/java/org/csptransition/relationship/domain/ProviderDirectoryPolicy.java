package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

/**
 * R0 Finding a provider: a reseller lists the indirect providers of its market, the partners whose
 * {@code INDIRECT_PROVIDER} program is {@code ACTIVE} in that country, each with what it offers. Only such a provider may
 * publish an offer.
 */
public final class ProviderDirectoryPolicy {

    public static final String PROVIDER_PROGRAM_NOT_ACTIVE = "PROVIDER_PROGRAM_NOT_ACTIVE";

    private ProviderDirectoryPolicy() {
    }

    /** Whether the partner is listed among the providers of {@code country}. */
    public static boolean isListed(KnownPartner partner, String country) {
        return partner.isActiveProvider() && country != null && country.equals(partner.country());
    }

    public static Outcome checkPublisher(KnownPartner provider) {
        return Outcome.refusedIf(!provider.isActiveProvider(), providerProgramNotActive(provider));
    }

    /** A partner acting as provider (publishing an offer, inviting resellers, creating their customers) whose program is not active. */
    static Refusal providerProgramNotActive(KnownPartner partner) {
        return Refusal.invalid(PROVIDER_PROGRAM_NOT_ACTIVE, "Only a partner whose indirect provider program is active publishes "
                        + "an offer, invites resellers and creates customers for them; the program of " + partner.displayName()
                        + " is " + programStatus(partner.indirectProviderStatus()))
                .with("partner", partner.displayName()).with("status", programStatus(partner.indirectProviderStatus()));
    }

    /** A program's status as a refusal names it: a value in every language, so a program not held is NOT_HELD. */
    static String programStatus(String status) {
        return status == null ? "NOT_HELD" : status;
    }
}
