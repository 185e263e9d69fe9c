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
import org.csptransition.platform.http.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import org.csptransition.platform.events.FieldBounds;

import java.util.List;
import java.util.UUID;

/** Request bodies of the partner endpoints: exactly the writable fields. */
public final class PartnerRequests {

    /** The event fields' bounds, shared with the consumers that store them (platform-events' {@code FieldBounds}). */
    static final int LOCALE_MAX = FieldBounds.LOCALE;
    static final int NAME_MAX = FieldBounds.PERSON_NAME;

    private PartnerRequests() {
    }

    /**
     * E1 import. Each text is bounded by its column (V1__partners.sql) so nothing reaches the database it cannot store;
     * the company name and the contact reach e-mail headers and subjects (notification-service), so they are one line
     * and no longer than notification-service's recipient columns. The format rules (digits, ISO 3166, BCP 47, work
     * e-mail, last four) are the domain's, {@code PartnerProfilePolicy}, answered as 422.
     */
    public record RegisterPartner(
            @NotNull UUID tenantId,
            @NotBlank @Size(max = FieldBounds.PARTNER_ID) @SingleLine @Schema(example = "4234567") String partnerId,
            @NotBlank @Size(max = FieldBounds.COMPANY_NAME) @SingleLine @Schema(example = "Fabrikam AB") String companyName,
            @NotBlank @Size(max = FieldBounds.COUNTRY) @SingleLine @Schema(example = "SE") String country,
            @NotBlank @Size(max = LOCALE_MAX) @SingleLine @Schema(example = "sv-SE") String preferredLocale,
            @NotNull @Valid Contact primaryContact,
            @NotNull Boolean mpnMembershipActive,
            @Size(max = FieldBounds.EMAIL) @SingleLine String mpnAccountEmail,
            @Valid Address businessAddress,
            @Valid BankInformation bankInformation,
            // at most one holding of each of the three programs (a repeated one is the domain's PROGRAM_LISTED_TWICE)
            @NotNull @Size(max = 3) List<@NotNull @Valid ProgramHolding> programs,
            SupportPlan supportPlan,
            @Size(max = FieldBounds.COUNTRY) @SingleLine
            @Schema(description = "E2 MPN_ID: the country (ISO 3166 alpha-2) of the MPN location whose id partnerId is. Omitted: "
                    + "the CSP country. A PartnerID of another location (or the global one) does not meet MPN_ID: PARTNER_ID_NOT_FOR_LOCATION",
                    example = "SE") String partnerIdLocation) {

        PartnerProfile toProfile() {
            return new PartnerProfile(partnerId, companyName, country, preferredLocale,
                    new PartnerProfile.Contact(primaryContact.firstName(), primaryContact.lastName(), primaryContact.email()),
                    mpnMembershipActive, mpnAccountEmail,
                    businessAddress == null ? null : new PartnerProfile.Address(businessAddress.line1(), businessAddress.line2(),
                            businessAddress.city(), businessAddress.postalCode(), businessAddress.region(), businessAddress.country()),
                    bankInformation != null && Boolean.TRUE.equals(bankInformation.provided()),
                    bankInformation != null && Boolean.TRUE.equals(bankInformation.verified()),
                    bankInformation == null ? null : bankInformation.accountLast4(),
                    programs.stream().map(p -> new PartnerProfile.ProgramHolding(p.program(), p.status(), p.since())).toList(),
                    partnerIdLocation);
        }
    }

    /** PATCH: the GlobalAdmin's own profile. Every field is optional; an absent one stays as it is. */
    public record UpdatePartner(
            @Size(max = LOCALE_MAX) @SingleLine @Schema(example = "sv-SE") String preferredLocale,
            @Valid Contact primaryContact,
            @Size(max = FieldBounds.EMAIL) @SingleLine String mpnAccountEmail,
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

    /**
     * The primary contact, greeted by name in every e-mail: one line each. notification-service stores
     * {@code firstName + " " + lastName} in its 200-character {@code recipient.contact_name}, so each name is at most
     * {@value #NAME_MAX} characters (here the columns hold 100): a name accepted here is always stored there.
     */
    @Schema(name = "ContactInput")
    public record Contact(@NotBlank @Size(max = NAME_MAX) @SingleLine @Schema(example = "Eva") String firstName,
                          @NotBlank @Size(max = NAME_MAX) @SingleLine @Schema(example = "Lind") String lastName,
                          @NotBlank @Size(max = FieldBounds.EMAIL) @SingleLine @Schema(example = "eva.lind@fabrikam.example") String email) {
    }

    @Schema(name = "AddressInput")
    public record Address(@Size(max = 200) @SingleLine @Schema(example = "Kungsgatan 10") String line1, @Size(max = 200) @SingleLine String line2,
                          @Size(max = 100) @SingleLine @Schema(example = "Stockholm") String city, @Size(max = 20) @SingleLine @Schema(example = "111 43") String postalCode,
                          @Size(max = 100) @SingleLine String region, @Size(max = 2) @SingleLine @Schema(example = "SE") String country) {
    }

    /** Only whether bank information was given and verified, and the last four digits: never a full account number (E1). */
    @Schema(name = "BankInformationInput")
    public record BankInformation(Boolean provided, Boolean verified, @Size(max = 4) @Schema(example = "4321") String accountLast4) {
    }

    public record ProgramHolding(@NotNull Program program, @NotNull ProgramStatus status, @NotNull LocalDate since) {
    }
}
