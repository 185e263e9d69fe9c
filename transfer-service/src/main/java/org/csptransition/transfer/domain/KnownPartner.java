package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What this service knows of a partner tenant, from eligibility-service's events: its PartnerID and name, the status of
 * each program and whether it completed the transition (E6), so that no request calls another service. Each group of
 * fields (profile, each program) keeps the time of the fact that set it, so an older fact never overwrites a newer one
 * whatever order the events arrive in. A program change may be learnt before the registration: the row is then partial
 * ({@link #isProfileKnown()} false) until {@code partner.registered.v1} fills it.
 */
@Entity
@Table(name = "known_partner")
public class KnownPartner {

    public static final String DIRECT_BILL = "DIRECT_BILL";
    public static final String INDIRECT_RESELLER = "INDIRECT_RESELLER";
    public static final String INDIRECT_PROVIDER = "INDIRECT_PROVIDER";
    public static final String ACTIVE = "ACTIVE";
    public static final String RESTRICTED = "RESTRICTED";

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
    @Column(name = "profile_event_time")
    private OffsetDateTime profileEventTime;
    @Column(name = "direct_bill_status")
    private String directBillStatus;
    @Column(name = "direct_bill_event_time")
    private OffsetDateTime directBillEventTime;
    @Column(name = "indirect_reseller_status")
    private String indirectResellerStatus;
    @Column(name = "indirect_reseller_event_time")
    private OffsetDateTime indirectResellerEventTime;
    @Column(name = "indirect_provider_status")
    private String indirectProviderStatus;
    @Column(name = "indirect_provider_event_time")
    private OffsetDateTime indirectProviderEventTime;
    @Column(name = "indirect_reseller_enrollment_completed_at")
    private Instant indirectResellerEnrollmentCompletedAt;
    @Column(name = "last_event_time")
    private OffsetDateTime lastEventTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPartner() {
        // for JPA
    }

    public static KnownPartner first(UUID tenantId) {
        KnownPartner partner = new KnownPartner();
        partner.tenantId = tenantId;
        return partner;
    }

    /** {@code partner.registered.v1}: the profile and every program the tenant holds (a program not listed is not held). */
    public void applyRegistration(OffsetDateTime factTime, String partnerId, String companyName, String country,
                                  String preferredLocale, Map<String, String> programStatuses, Instant now) {
        if (isNewer(factTime, profileEventTime)) {
            this.partnerId = partnerId;
            this.companyName = companyName;
            this.country = country;
            this.preferredLocale = preferredLocale;
            this.profileEventTime = factTime;
        } else {
            // the PartnerID and country come only with the registration: a partial row takes them whatever their age
            this.partnerId = this.partnerId == null ? partnerId : this.partnerId;
            this.country = this.country == null ? country : this.country;
            this.companyName = this.companyName == null ? companyName : this.companyName;
        }
        applyPrograms(factTime, programStatuses);
        touched(factTime, now);
    }

    /** {@code partner.updated.v1}: the company name and preferred locale after a profile change. */
    public void applyProfileUpdate(OffsetDateTime factTime, String companyName, String preferredLocale, Instant now) {
        if (isNewer(factTime, profileEventTime)) {
            this.companyName = companyName;
            this.preferredLocale = preferredLocale;
            this.profileEventTime = factTime;
        }
        touched(factTime, now);
    }

    /** {@code partner.program.changed.v1}: one program's new status. */
    public void applyProgramChange(OffsetDateTime factTime, String program, String status, Instant now) {
        applyProgram(factTime, program, status);
        touched(factTime, now);
    }

    /**
     * {@code indirectreseller.enrollment.completed.v1}: E6 is complete, irreversibly, and {@code programStatuses} lists every
     * program held afterwards.
     */
    public void applyEnrollmentCompleted(OffsetDateTime factTime, Instant completedAt, Map<String, String> programStatuses,
                                         Instant now) {
        if (indirectResellerEnrollmentCompletedAt == null) {
            indirectResellerEnrollmentCompletedAt = completedAt == null ? factTime.toInstant() : completedAt;
        }
        applyPrograms(factTime, programStatuses);
        touched(factTime, now);
    }

    /** Whether the registration arrived: the PartnerID and name are known. */
    public boolean isProfileKnown() {
        return partnerId != null && companyName != null;
    }

    /**
     * E6 complete: the enrollment completed here, or the tenant was imported already holding the indirect-reseller program
     * (a tenant holds it beside direct bill only through the transition).
     */
    public boolean hasCompletedIndirectResellerEnrollment() {
        return indirectResellerEnrollmentCompletedAt != null || ACTIVE.equals(indirectResellerStatus);
    }

    public boolean isActiveIndirectProvider() {
        return ACTIVE.equals(indirectProviderStatus);
    }

    private void applyPrograms(OffsetDateTime factTime, Map<String, String> programStatuses) {
        for (String program : new String[] {DIRECT_BILL, INDIRECT_RESELLER, INDIRECT_PROVIDER}) {
            applyProgram(factTime, program, programStatuses.get(program));
        }
    }

    private void applyProgram(OffsetDateTime factTime, String program, String status) {
        switch (program) {
            case DIRECT_BILL -> {
                if (isNewer(factTime, directBillEventTime)) {
                    directBillStatus = status;
                    directBillEventTime = factTime;
                }
            }
            case INDIRECT_RESELLER -> {
                if (isNewer(factTime, indirectResellerEventTime)) {
                    indirectResellerStatus = status;
                    indirectResellerEventTime = factTime;
                }
            }
            case INDIRECT_PROVIDER -> {
                if (isNewer(factTime, indirectProviderEventTime)) {
                    indirectProviderStatus = status;
                    indirectProviderEventTime = factTime;
                }
            }
            default -> {
                // a program added later is not one this service acts on
            }
        }
    }

    private static boolean isNewer(OffsetDateTime factTime, OffsetDateTime applied) {
        return applied == null || !factTime.isBefore(applied);
    }

    private void touched(OffsetDateTime factTime, Instant now) {
        if (lastEventTime == null || factTime.isAfter(lastEventTime)) {
            lastEventTime = factTime;
        }
        updatedAt = now;
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

    public String directBillStatus() {
        return directBillStatus;
    }

    public String indirectResellerStatus() {
        return indirectResellerStatus;
    }

    public String indirectProviderStatus() {
        return indirectProviderStatus;
    }

    public Instant indirectResellerEnrollmentCompletedAt() {
        return indirectResellerEnrollmentCompletedAt;
    }

    public OffsetDateTime lastEventTime() {
        return lastEventTime;
    }
}
