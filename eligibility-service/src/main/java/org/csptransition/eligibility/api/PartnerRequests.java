package org.csptransition.eligibility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.ProfileUpdate;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.SupportPlan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the partner endpoints: exactly the writable fields. */
public final class PartnerRequests {

    private PartnerRequests() {
    }

    public record RegisterPartner(
            @NotNull UUID tenantId,
            @NotBlank String partnerId,
            @NotBlank @Size(max = 200) String companyName,
            @NotBlank String country,
            @NotBlank String preferredLocale,
            @NotNull @Valid Contact primaryContact,
            @NotNull Boolean mpnMembershipActive,
            @Size(max = 254) String mpnAccountEmail,
            @Valid Address businessAddress,
            @Valid BankInformation bankInformation,
            @NotNull @Valid List<@NotNull @Valid ProgramHolding> programs,
            SupportPlan supportPlan) {

        PartnerProfile toProfile() {
            return new PartnerProfile(partnerId, companyName, country, preferredLocale,
                    new PartnerProfile.Contact(primaryContact.firstName(), primaryContact.lastName(), primaryContact.email()),
                    mpnMembershipActive, mpnAccountEmail,
                    businessAddress == null ? null : new PartnerProfile.Address(businessAddress.line1(), businessAddress.line2(),
                            businessAddress.city(), businessAddress.postalCode(), businessAddress.region(), businessAddress.country()),
                    bankInformation != null && Boolean.TRUE.equals(bankInformation.provided()),
                    bankInformation != null && Boolean.TRUE.equals(bankInformation.verified()),
                    bankInformation == null ? null : bankInformation.accountLast4(),
                    programs.stream().map(p -> new PartnerProfile.ProgramHolding(p.program(), p.status(), p.since())).toList());
        }
    }

    /** PATCH: the GlobalAdmin's own profile. Every field is optional; an absent one stays as it is. */
    public record UpdatePartner(
            @Size(max = 35) String preferredLocale,
            @Valid Contact primaryContact,
            @Size(max = 254) String mpnAccountEmail,
            @Valid AttestationsUpdate attestations) {

        ProfileUpdate toUpdate() {
            return new ProfileUpdate(preferredLocale,
                    primaryContact == null ? null
                            : new PartnerProfile.Contact(primaryContact.firstName(), primaryContact.lastName(), primaryContact.email()),
                    mpnAccountEmail,
                    attestations == null ? null : new ProfileUpdate.AttestationUpdate(attestations.endorsementAuthority(),
                            attestations.firstLevelSupport(), attestations.accountsReceivable(), attestations.managedServices()));
        }
    }

    /**
     * What the GlobalAdmin attests (E2): the authority to sign legal agreements, first-level support, accounts receivable,
     * and how many managed services, IP services or customer solutions the partner offers.
     */
    public record AttestationsUpdate(Boolean endorsementAuthority, Boolean firstLevelSupport, Boolean accountsReceivable,
                                     @PositiveOrZero @Max(100_000) Integer managedServices) {
    }

    public record Contact(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                          @NotBlank @Size(max = 254) String email) {
    }

    public record Address(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String city,
                          @Size(max = 20) String postalCode, @Size(max = 100) String region, String country) {
    }

    /** Only whether bank information was given and verified, and the last four digits: never a full account number (E1). */
    public record BankInformation(Boolean provided, Boolean verified, String accountLast4) {
    }

    public record ProgramHolding(@NotNull Program program, @NotNull ProgramStatus status, @NotNull LocalDate since) {
    }
}
