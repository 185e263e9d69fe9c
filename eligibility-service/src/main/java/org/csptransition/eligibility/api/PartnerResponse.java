package org.csptransition.eligibility.api;

import org.csptransition.eligibility.application.PartnerRegistration;
import org.csptransition.eligibility.domain.Attestations;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.ProgramState;
import org.csptransition.eligibility.domain.SupportPlan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A partner tenant as its own users and the operator see it: profile, attestations, programs with status, enrollments. */
public record PartnerResponse(
        UUID tenantId,
        String partnerId,
        String companyName,
        String country,
        @Schema(description = "E2 MPN_ID: the country of the MPN location whose id partnerId is") String partnerIdLocation,
        String preferredLocale,
        PartnerProfile.Contact primaryContact,
        boolean mpnMembershipActive,
        String mpnAccountEmail,
        PartnerProfile.Address businessAddress,
        BankInformation bankInformation,
        AttestationsView attestations,
        SupportPlan supportPlan,
        List<ProgramView> programs,
        Enrollments enrollments,
        Instant createdAt) {

    public record BankInformation(boolean provided, boolean verified, String accountLast4) {
    }

    public record AttestationsView(boolean endorsementAuthority, boolean firstLevelSupport, boolean accountsReceivable,
                                   int managedServices, String attestedBy, Instant attestedAt) {
    }

    /** A program the tenant holds: since when, its status and since when it has that status. */
    public record ProgramView(String program, String status, LocalDate since, LocalDate statusSince) {
    }

    public record Enrollments(EnrollmentResponses.DirectBill directBill, EnrollmentResponses.IndirectReseller indirectReseller) {
    }

    static PartnerResponse of(Partner partner) {
        return of(new PartnerRegistration.Overview(partner, Optional.empty(), Optional.empty()));
    }

    static PartnerResponse of(PartnerRegistration.Overview overview) {
        Partner partner = overview.partner();
        Attestations a = partner.attestations();
        return new PartnerResponse(partner.tenantId(), partner.partnerId(), partner.companyName(), partner.country(),
                partner.partnerIdLocation(), partner.preferredLocale(), partner.primaryContact(), partner.mpnMembershipActive(), partner.mpnAccountEmail(),
                partner.businessAddress().orElse(null),
                new BankInformation(partner.bankInformationProvided(), partner.bankInformationVerified(), partner.bankAccountLast4()),
                new AttestationsView(a.endorsementAuthority(), a.firstLevelSupport(), a.accountsReceivable(), a.managedServices(),
                        a.attestedBy(), a.attestedAt()),
                partner.supportPlan().orElse(null),
                partner.programStates().stream().map(PartnerResponse::view).toList(),
                new Enrollments(overview.directBill().map(EnrollmentResponses.DirectBill::of).orElse(null),
                        overview.indirectReseller().map(EnrollmentResponses.IndirectReseller::of).orElse(null)),
                partner.createdAt());
    }

    private static ProgramView view(ProgramState p) {
        return new ProgramView(p.program().name(), p.status().name(), p.since(), p.statusSince());
    }
}
