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
import org.csptransition.eligibility.domain.policy.EligibilityFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner tenant (E1): its profile and the programs it holds. Created only through {@link #register}; its changes
 * return the events they cause.
 */
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
    /** The country of the MPN location the PartnerID belongs to; null for an import that did not say: the CSP country's. */
    @Column(name = "partner_id_location")
    private String partnerIdLocation;
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
    @Column(name = "endorsement_authority")
    private boolean endorsementAuthority;
    @Column(name = "first_level_support")
    private boolean firstLevelSupport;
    @Column(name = "accounts_receivable")
    private boolean accountsReceivable;
    @Column(name = "managed_services")
    private int managedServices;
    @Column(name = "attested_by")
    private String attestedBy;
    @Column(name = "attested_at")
    private Instant attestedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "support_plan")
    private SupportPlan supportPlan;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Partner() {
        // for JPA
    }

    /** A registered partner and the event that tells the other services. */
    public record Registration(Partner partner, PartnerEvent.Registered registered) {
    }

    /**
     * E1: registers a partner tenant with a profile that {@link PartnerProfilePolicy} allowed (checked first by the caller).
     * E6: a tenant imported already holding direct bill and indirect reseller completed the transition before the suite
     * knew it (holding both is the result of the transition and of nothing else), so its registration says so, at this
     * instant: no consumer has to infer it from the programs.
     */
    public static Registration register(UUID tenantId, PartnerProfile profile, SupportPlan supportPlan, Instant now) {
        Preconditions.require(PartnerProfilePolicy.check(profile), "register");
        Partner partner = new Partner();
        partner.tenantId = tenantId;
        partner.partnerId = profile.partnerId();
        partner.companyName = profile.companyName();
        partner.country = profile.country();
        partner.partnerIdLocation = profile.partnerIdLocation();
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
        partner.supportPlan = supportPlan;
        partner.createdAt = now;
        partner.updatedAt = now;
        Instant transitionCompletedAt = partner.holds(Program.DIRECT_BILL) && partner.holds(Program.INDIRECT_RESELLER) ? now : null;
        return new Registration(partner, new PartnerEvent.Registered(tenantId, partner.partnerId, partner.companyName,
                partner.country, partner.preferredLocale, partner.primaryContact(), partner.mpnAccountEmail, partner.programs(),
                transitionCompletedAt));
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

    /** E2 MPN_ID: the country of the MPN location whose id the PartnerID is (the CSP country when the import did not say). */
    public String partnerIdLocation() {
        return partnerIdLocation != null ? partnerIdLocation : country;
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

    public Instant updatedAt() {
        return updatedAt;
    }

    public Attestations attestations() {
        return new Attestations(endorsementAuthority, firstLevelSupport, accountsReceivable, managedServices, attestedBy, attestedAt);
    }

    public Optional<SupportPlan> supportPlan() {
        return Optional.ofNullable(supportPlan);
    }

    /** Every program with its status and since when it has that status. */
    public List<ProgramState> programStates() {
        return programs.stream()
                .sorted(Comparator.comparing(Holding::program))
                .map(h -> new ProgramState(h.program, h.status, h.since, h.statusSince))
                .toList();
    }

    public Optional<ProgramState> program(Program program) {
        return programStates().stream().filter(p -> p.program() == program).findFirst();
    }

    /** E5: the transition deadline of the direct-bill program under {@code escalation}; none unless it is restricted or suspended. */
    public Optional<TransitionDeadline> transitionDeadline(EscalationPolicy escalation) {
        return programs.stream().filter(h -> h.program == Program.DIRECT_BILL).findFirst()
                .flatMap(h -> TransitionDeadline.of(h.status, h.restrictedOn, escalation));
    }

    public boolean holds(Program program) {
        return program(program).isPresent();
    }

    /**
     * E1: the GlobalAdmin's change to its own profile, which {@link PartnerProfilePolicy#check(ProfileUpdate)} allowed
     * (checked first by the caller). Returns the event when anything changed, none otherwise.
     */
    public Optional<PartnerEvent.ProfileUpdated> update(ProfileUpdate update, String by, Instant now) {
        Preconditions.require(PartnerProfilePolicy.check(update), "update");
        Snapshot before = snapshot();
        if (update.preferredLocale() != null) {
            preferredLocale = update.preferredLocale();
        }
        if (update.primaryContact() != null) {
            contactFirstName = update.primaryContact().firstName();
            contactLastName = update.primaryContact().lastName();
            contactEmail = update.primaryContact().email();
        }
        if (update.mpnAccountEmail() != null) {
            mpnAccountEmail = update.mpnAccountEmail();
        }
        ProfileUpdate.AttestationUpdate attesting = update.attestations();
        if (attesting != null) {
            Attestations was = attestations();
            endorsementAuthority = valueOr(attesting.endorsementAuthority(), endorsementAuthority);
            firstLevelSupport = valueOr(attesting.firstLevelSupport(), firstLevelSupport);
            accountsReceivable = valueOr(attesting.accountsReceivable(), accountsReceivable);
            managedServices = attesting.managedServices() == null ? managedServices : attesting.managedServices();
            if (!was.equals(attestations())) {
                attestedBy = by;
                attestedAt = now;
            }
        }
        if (before.equals(snapshot())) {
            return Optional.empty();
        }
        updatedAt = now;
        return Optional.of(new PartnerEvent.ProfileUpdated(tenantId, companyName, preferredLocale, primaryContact(),
                mpnAccountEmail, attestations()));
    }

    /** E2 SUPPORT / E4: records the support plan the partner bought, for the application {@code enrollmentId} completes (or none). */
    public PartnerEvent.SupportPlanRecorded recordSupportPlan(SupportPlan plan, UUID enrollmentId, Instant now) {
        supportPlan = plan;
        updatedAt = now;
        return new PartnerEvent.SupportPlanRecorded(tenantId, enrollmentId, plan);
    }

    /**
     * Makes the tenant hold {@code program} with status {@code status} from {@code on} (E4 approval, E6 completion).
     * A program already held keeps its start date and only changes status.
     */
    public PartnerEvent.ProgramChanged grant(Program program, LocalDate on, String reasonCode, Instant now) {
        Optional<Holding> held = programs.stream().filter(h -> h.program == program).findFirst();
        ProgramStatus previous = held.map(h -> h.status).orElse(null);
        if (held.isPresent()) {
            held.get().status = ProgramStatus.ACTIVE;
            held.get().statusSince = on;
            held.get().restrictedOn = null;
        } else {
            programs.add(new Holding(program, ProgramStatus.ACTIVE, on));
        }
        updatedAt = now;
        return new PartnerEvent.ProgramChanged(tenantId, new ProgramChange(program, previous, ProgramStatus.ACTIVE, on,
                List.of(reasonCode)), null);
    }

    /**
     * E6: the accepted agreement of enrollment {@code enrollmentId} completes the transition: the tenant holds
     * INDIRECT_RESELLER next to DIRECT_BILL from {@code today}, and the invitation to the indirect-reseller incentives is
     * due by {@code invitationDueBy}, at the MPN account's e-mail, in the partner's language.
     */
    public List<PartnerEvent> completeTransition(UUID enrollmentId, LocalDate today, Instant now, LocalDate invitationDueBy) {
        PartnerEvent.ProgramChanged changed = grant(Program.INDIRECT_RESELLER, today, ProgramChange.TRANSITION_COMPLETED, now);
        return List.of(new PartnerEvent.TransitionCompleted(tenantId, enrollmentId, now, programs()), changed,
                new PartnerEvent.IncentivesInvitationDue(tenantId, enrollmentId, invitationDueBy, mpnAccountEmail, contactEmail,
                        preferredLocale));
    }

    /** E2: what the direct-bill requirements look at for this partner as of a date, given its trailing-twelve-month revenue. */
    public EligibilityFacts eligibilityFacts(LocalDate asOf, TrailingTwelveMonths revenue) {
        LocalDate indirectResellerSince = program(Program.INDIRECT_RESELLER)
                .filter(p -> p.status() != ProgramStatus.REVOKED)
                .map(ProgramState::since)
                .orElse(null);
        return new EligibilityFacts(asOf, partnerId, country, partnerIdLocation(), mpnMembershipActive, endorsementAuthority, firstLevelSupport,
                supportPlan, accountsReceivable, managedServices, revenue.totalUsd(), revenue.from(), revenue.to(),
                indirectResellerSince);
    }

    private static boolean valueOr(Boolean value, boolean current) {
        return value == null ? current : value;
    }

    private Snapshot snapshot() {
        return new Snapshot(preferredLocale, primaryContact(), mpnAccountEmail, endorsementAuthority, firstLevelSupport,
                accountsReceivable, managedServices);
    }

    private record Snapshot(String locale, PartnerProfile.Contact contact, String mpnAccountEmail, boolean endorsement,
                            boolean support, boolean receivable, int managedServices) {
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
        @Column(name = "status_since")
        private LocalDate statusSince;
        @Column(name = "restricted_on")
        private LocalDate restrictedOn;

        protected Holding() {
            // for JPA
        }

        Holding(Program program, ProgramStatus status, LocalDate since) {
            this.program = program;
            this.status = status;
            this.since = since;
            this.statusSince = since;
        }

        Program program() {
            return program;
        }
    }
}
