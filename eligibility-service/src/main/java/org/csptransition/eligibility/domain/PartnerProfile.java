package org.csptransition.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What an operator states about a partner tenant when registering it (E1). {@code partnerIdLocation}: the country of the
 * MPN location whose id {@code partnerId} is (E2 MPN_ID); null when the import does not say, read as the CSP country.
 */
public record PartnerProfile(
        String partnerId,
        String companyName,
        String country,
        String preferredLocale,
        Contact primaryContact,
        boolean mpnMembershipActive,
        String mpnAccountEmail,
        Address businessAddress,
        boolean bankInformationProvided,
        boolean bankInformationVerified,
        String bankAccountLast4,
        List<ProgramHolding> programs,
        String partnerIdLocation) {

    public record Contact(String firstName, String lastName, String email) {
    }

    public record Address(String line1, String line2, String city, String postalCode, String region, String country) {
    }

    public record ProgramHolding(Program program, ProgramStatus status, LocalDate since) {
    }
}
