package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner tenant as its own users and the operator see it. */
public record PartnerResponse(
        UUID tenantId,
        String partnerId,
        String companyName,
        String country,
        String preferredLocale,
        PartnerProfile.Contact primaryContact,
        boolean mpnMembershipActive,
        String mpnAccountEmail,
        PartnerProfile.Address businessAddress,
        BankInformation bankInformation,
        List<PartnerProfile.ProgramHolding> programs,
        Instant createdAt) {

    public record BankInformation(boolean provided, boolean verified, String accountLast4) {
    }

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.tenantId(), partner.partnerId(), partner.companyName(), partner.country(),
                partner.preferredLocale(), partner.primaryContact(), partner.mpnMembershipActive(), partner.mpnAccountEmail(),
                partner.businessAddress().orElse(null),
                new BankInformation(partner.bankInformationProvided(), partner.bankInformationVerified(), partner.bankAccountLast4()),
                partner.programs(), partner.createdAt());
    }
}
