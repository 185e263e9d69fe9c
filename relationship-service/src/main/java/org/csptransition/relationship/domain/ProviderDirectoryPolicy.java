package org.csptransition.relationship.domain;

import java.util.List;

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

    public static List<Refusal> checkPublisher(KnownPartner provider) {
        if (!provider.isActiveProvider()) {
            return List.of(Refusal.refused(PROVIDER_PROGRAM_NOT_ACTIVE, "Only a partner whose indirect provider program is active "
                    + "publishes an offer; the program of " + provider.displayName() + " is " + status(provider.indirectProviderStatus())));
        }
        return List.of();
    }

    static String status(String status) {
        return status == null ? "not held" : status;
    }
}
