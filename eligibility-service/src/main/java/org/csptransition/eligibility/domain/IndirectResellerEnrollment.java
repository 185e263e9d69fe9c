package org.csptransition.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * E6 Indirect-reseller enrollment on the tenant (the transition): {@code PENDING_APPROVAL} with an approval due date
 * {@value #APPROVAL_BUSINESS_DAYS} business days later → the operator approves or rejects → the GlobalAdmin accepts the
 * indirect reseller agreement → {@code ACTIVE}. Once active it is irreversible: every request that would take the tenant
 * back to direct bill only is refused with {@code INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE}.
 */
@Entity
@Table(name = "indirect_reseller_enrollment")
public class IndirectResellerEnrollment {

    public static final int APPROVAL_BUSINESS_DAYS = 5;
    public static final String IRREVERSIBLE = "INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE";

    @Id
    private UUID id;
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private IndirectResellerEnrollmentStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "approval_due_by")
    private LocalDate approvalDueBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "agreement_accepted_at")
    private Instant agreementAcceptedAt;
    @Column(name = "agreement_accepted_by")
    private String agreementAcceptedBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Version
    private long version;

    protected IndirectResellerEnrollment() {
        // for JPA
    }

    /** E6: the application, due for the operator's decision five business days after the day it was made (weekends skipped). */
    public static IndirectResellerEnrollment submit(UUID id, UUID tenantId, String by, Instant now, LocalDate today) {
        IndirectResellerEnrollment enrollment = new IndirectResellerEnrollment();
        enrollment.id = id;
        enrollment.tenantId = tenantId;
        enrollment.status = IndirectResellerEnrollmentStatus.PENDING_APPROVAL;
        enrollment.submittedAt = now;
        enrollment.submittedBy = by;
        enrollment.approvalDueBy = BusinessDays.add(today, APPROVAL_BUSINESS_DAYS);
        return enrollment;
    }

    /** E6: the operator approves a pending application. */
    public void approve(String by, Instant now) {
        requirePending();
        status = IndirectResellerEnrollmentStatus.APPROVED;
        decidedAt = now;
        decidedBy = by;
    }

    /** E6: the operator rejects a pending application, with a reason; never one that is active (irreversible). */
    public void reject(String reason, String by, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Refusal.invalid("REJECTION_REASON_REQUIRED", "reason",
                    "A rejection needs a reason the partner can act on"));
        }
        status = IndirectResellerEnrollmentStatus.REJECTED;
        decidedAt = now;
        decidedBy = by;
        rejectionReason = reason;
    }

    /** E6: the GlobalAdmin accepts the indirect reseller agreement of an approved application: the enrollment is active. */
    public void acceptAgreement(String by, Instant now) {
        switch (status) {
            case APPROVED -> {
                status = IndirectResellerEnrollmentStatus.ACTIVE;
                agreementAcceptedAt = now;
                agreementAcceptedBy = by;
            }
            case PENDING_APPROVAL -> throw new RefusedException(Refusal.conflict("AGREEMENT_BEFORE_APPROVAL",
                    "The indirect reseller agreement can be accepted only after the operator approved the application"));
            case ACTIVE -> throw new RefusedException(Refusal.conflict("AGREEMENT_ALREADY_ACCEPTED",
                    "The indirect reseller agreement was already accepted"));
            default -> throw closed();
        }
    }

    /** The partner withdraws an application not yet active; an active one cannot be undone. */
    public void withdraw(Instant now) {
        if (status == IndirectResellerEnrollmentStatus.ACTIVE) {
            throw irreversible();
        }
        if (!status.isOpen()) {
            throw closed();
        }
        status = IndirectResellerEnrollmentStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    private void requirePending() {
        if (status == IndirectResellerEnrollmentStatus.ACTIVE) {
            throw irreversible();
        }
        if (status != IndirectResellerEnrollmentStatus.PENDING_APPROVAL) {
            throw new RefusedException(Refusal.conflict("ENROLLMENT_ALREADY_DECIDED",
                    "This application was already decided: " + status));
        }
    }

    private RefusedException closed() {
        return new RefusedException(Refusal.conflict("ENROLLMENT_CLOSED", "This application is " + status + "; apply again"));
    }

    public static RefusedException irreversible() {
        return new RefusedException(Refusal.conflict(IRREVERSIBLE,
                "The tenant completed the transition and holds both programs; it cannot return to direct bill only"));
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public IndirectResellerEnrollmentStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate approvalDueBy() {
        return approvalDueBy;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<Instant> agreementAcceptedAt() {
        return Optional.ofNullable(agreementAcceptedAt);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public long version() {
        return version;
    }
}
