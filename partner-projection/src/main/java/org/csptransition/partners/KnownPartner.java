package org.csptransition.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What a service knows of a partner tenant from eligibility-service's events: its PartnerID, name, market and language,
 * each program's status, and whether it completed the transition (E6) — a fact eligibility publishes, never worked out
 * here. Each group of fields (profile, each program) keeps the time of the fact that set it, so an older fact never
 * overwrites a newer one whatever order the events arrive in. A program change may arrive before the registration: the row
 * is then partial ({@link #isRegistered()} false) until {@code partner.registered.v1} fills it.
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
    /** E6, as eligibility-service published it; the column keeps its first name. */
    @Column(name = "indirect_reseller_enrollment_completed_at")
    private Instant transitionCompletedAt;
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

    /**
     * {@code partner.registered.v1}: the profile, every program the tenant holds (a program not listed is not held) and,
     * for a partner registered after its transition, when that completed.
     */
    public void applyRegistration(OffsetDateTime factTime, String partnerId, String companyName, String country,
                                  String preferredLocale, Map<String, String> programStatuses, Instant transitionCompletedAt,
                                  Instant now) {
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
        completedTransitionAt(transitionCompletedAt);
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
     * {@code indirectreseller.enrollment.completed.v1}: the transition (E6) completed, irreversibly, and
     * {@code programStatuses} lists every program held afterwards.
     */
    public void applyTransitionCompleted(OffsetDateTime factTime, Instant completedAt, Map<String, String> programStatuses,
                                         Instant now) {
        completedTransitionAt(completedAt == null ? factTime.toInstant() : completedAt);
        applyPrograms(factTime, programStatuses);
        touched(factTime, now);
    }

    private void completedTransitionAt(Instant completedAt) {
        if (transitionCompletedAt == null && completedAt != null) {
            transitionCompletedAt = completedAt;
        }
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
                // a program added later is not one these services act on
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

    /** Whether {@code partner.registered.v1} has arrived: before it the row holds only what other events said. */
    public boolean isRegistered() {
        return partnerId != null;
    }

    /** E6 complete, as eligibility-service said: the enrollment completed, or the partner was registered after it. */
    public boolean hasCompletedTransition() {
        return transitionCompletedAt != null;
    }

    public boolean isActiveProvider() {
        return ACTIVE.equals(indirectProviderStatus);
    }

    public boolean isActiveReseller() {
        return ACTIVE.equals(indirectResellerStatus);
    }

    public boolean isDirectBillActive() {
        return ACTIVE.equals(directBillStatus);
    }

    public boolean isDirectBillRestricted() {
        return RESTRICTED.equals(directBillStatus);
    }

    public boolean holdsDirectBill() {
        return directBillStatus != null;
    }

    /** The name to show: the company name, or the tenant id while the registration has not arrived. */
    public String displayName() {
        return companyName != null ? companyName : tenantId.toString();
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

    public Instant transitionCompletedAt() {
        return transitionCompletedAt;
    }

    public OffsetDateTime lastEventTime() {
        return lastEventTime;
    }
}
