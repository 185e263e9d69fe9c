package org.csptransition.eligibility.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A partner tenant (E1): its profile and the programs it holds. Created only through {@link #register}. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "partner_id")
    private String partnerId;
    @Column(name = "company_name")
    private String companyName;
    private String country;
    @Column(name = "preferred_locale")
    private String preferredLocale;
    @Column(name = "contact_first_name")
    private String contactFirstName;
    @Column(name = "contact_last_name")
    private String contactLastName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "mpn_membership_active")
    private boolean mpnMembershipActive;
    @Column(name = "mpn_account_email")
    private String mpnAccountEmail;
    @Column(name = "address_line1")
    private String addressLine1;
    @Column(name = "address_line2")
    private String addressLine2;
    @Column(name = "address_city")
    private String addressCity;
    @Column(name = "address_postal_code")
    private String addressPostalCode;
    @Column(name = "address_region")
    private String addressRegion;
    @Column(name = "address_country")
    private String addressCountry;
    @Column(name = "bank_info_provided")
    private boolean bankInfoProvided;
    @Column(name = "bank_info_verified")
    private boolean bankInfoVerified;
    @Column(name = "bank_account_last4")
    private String bankAccountLast4;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_program", joinColumns = @JoinColumn(name = "tenant_id"))
    private List<Holding> programs = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Partner() {
        // for JPA
    }

    /** E1: registers a partner tenant with a valid profile, or refuses with every reason at once. */
    public static Partner register(UUID tenantId, PartnerProfile profile, Instant now) {
        List<Refusal> refusals = PartnerProfilePolicy.check(profile);
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
        Partner partner = new Partner();
        partner.tenantId = tenantId;
        partner.partnerId = profile.partnerId();
        partner.companyName = profile.companyName();
        partner.country = profile.country();
        partner.preferredLocale = profile.preferredLocale();
        partner.contactFirstName = profile.primaryContact().firstName();
        partner.contactLastName = profile.primaryContact().lastName();
        partner.contactEmail = profile.primaryContact().email();
        partner.mpnMembershipActive = profile.mpnMembershipActive();
        partner.mpnAccountEmail = profile.mpnAccountEmail();
        PartnerProfile.Address address = profile.businessAddress();
        if (address != null) {
            partner.addressLine1 = address.line1();
            partner.addressLine2 = address.line2();
            partner.addressCity = address.city();
            partner.addressPostalCode = address.postalCode();
            partner.addressRegion = address.region();
            partner.addressCountry = address.country();
        }
        partner.bankInfoProvided = profile.bankInformationProvided() || profile.bankAccountLast4() != null;
        partner.bankInfoVerified = profile.bankInformationVerified();
        partner.bankAccountLast4 = profile.bankAccountLast4();
        profile.programs().forEach(h -> partner.programs.add(new Holding(h.program(), h.status(), h.since())));
        partner.createdAt = now;
        partner.updatedAt = now;
        return partner;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String companyName() {
        return companyName;
    }

    public String country() {
        return country;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public PartnerProfile.Contact primaryContact() {
        return new PartnerProfile.Contact(contactFirstName, contactLastName, contactEmail);
    }

    public boolean mpnMembershipActive() {
        return mpnMembershipActive;
    }

    public String mpnAccountEmail() {
        return mpnAccountEmail;
    }

    public Optional<PartnerProfile.Address> businessAddress() {
        if (addressLine1 == null && addressCity == null && addressCountry == null) {
            return Optional.empty();
        }
        return Optional.of(new PartnerProfile.Address(addressLine1, addressLine2, addressCity, addressPostalCode,
                addressRegion, addressCountry));
    }

    public boolean bankInformationProvided() {
        return bankInfoProvided;
    }

    public boolean bankInformationVerified() {
        return bankInfoVerified;
    }

    public String bankAccountLast4() {
        return bankAccountLast4;
    }

    public List<PartnerProfile.ProgramHolding> programs() {
        return programs.stream()
                .sorted(Comparator.comparing(Holding::program))
                .map(h -> new PartnerProfile.ProgramHolding(h.program, h.status, h.since))
                .toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** One program a tenant holds, with its own status and start date. */
    @Embeddable
    public static class Holding {

        @Enumerated(EnumType.STRING)
        private Program program;
        @Enumerated(EnumType.STRING)
        private ProgramStatus status;
        private LocalDate since;

        protected Holding() {
            // for JPA
        }

        Holding(Program program, ProgramStatus status, LocalDate since) {
            this.program = program;
            this.status = status;
            this.since = since;
        }

        Program program() {
            return program;
        }
    }
}
