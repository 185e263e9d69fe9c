package org.csptransition.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * E6 Indirect-reseller enrollment on the tenant (the transition): {@code PENDING_APPROVAL} with an approval due date
 * {@value #APPROVAL_BUSINESS_DAYS} business days later → the operator approves or rejects → the GlobalAdmin accepts the
 * indirect reseller agreement → {@code ACTIVE}. Once active it is irreversible: every request that would take the tenant
 * back to direct bill only is refused with {@code INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE}. Its rules answer with an
 * {@code Outcome} ({@code may…}); its transitions return the events they cause.
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

    /** A new application and the event that tells the other services. */
    public record Submission(IndirectResellerEnrollment enrollment, PartnerEvent.IndirectResellerSubmitted submitted) {
    }

    /** E6: the application, due for the operator's decision five business days after the day it was made (weekends skipped). */
    public static Submission submit(UUID id, UUID tenantId, String by, Instant now, LocalDate today) {
        IndirectResellerEnrollment enrollment = new IndirectResellerEnrollment();
        enrollment.id = id;
        enrollment.tenantId = tenantId;
        enrollment.status = IndirectResellerEnrollmentStatus.PENDING_APPROVAL;
        enrollment.submittedAt = now;
        enrollment.submittedBy = by;
        enrollment.approvalDueBy = BusinessDays.add(today, APPROVAL_BUSINESS_DAYS);
        return new Submission(enrollment, new PartnerEvent.IndirectResellerSubmitted(tenantId, id, enrollment.approvalDueBy));
    }

    /** E6: only a pending application is decided; an active one never again (irreversible). */
    public Outcome mayApprove() {
        if (status == IndirectResellerEnrollmentStatus.ACTIVE) {
            return irreversible().outcome();
        }
        return Outcome.refusedIf(status != IndirectResellerEnrollmentStatus.PENDING_APPROVAL,
                Refusal.conflict("ENROLLMENT_ALREADY_DECIDED", "This application was already decided: " + status)
                        .with("status", status.name()));
    }

    /** E6: as {@link #mayApprove}, and a rejection needs a reason the partner can act on. */
    public Outcome mayReject(String reason) {
        Outcome decidable = mayApprove();
        if (decidable.isRefused()) {
            return decidable;
        }
        return Outcome.refusedIf(reason == null || reason.isBlank(), Refusal.invalid("REJECTION_REASON_REQUIRED", "reason",
                "A rejection needs a reason the partner can act on"));
    }

    /** E6: the operator approves a pending application ({@link #mayApprove} allowed it). */
    public PartnerEvent.IndirectResellerApproved approve(String by, Instant now) {
        Preconditions.require(mayApprove(), "approve");
        status = IndirectResellerEnrollmentStatus.APPROVED;
        decidedAt = now;
        decidedBy = by;
        return new PartnerEvent.IndirectResellerApproved(tenantId, id);
    }

    /** E6: the operator rejects a pending application with a reason ({@link #mayReject} allowed it). */
    public PartnerEvent.IndirectResellerRejected reject(String reason, String by, Instant now) {
        Preconditions.require(mayReject(reason), "reject");
        status = IndirectResellerEnrollmentStatus.REJECTED;
        decidedAt = now;
        decidedBy = by;
        rejectionReason = reason;
        return new PartnerEvent.IndirectResellerRejected(tenantId, id, reason);
    }

    /** E6: the GlobalAdmin accepts the indirect reseller agreement only of an approved application, and only once. */
    public Outcome mayAcceptAgreement() {
        return switch (status) {
            case APPROVED -> Outcome.allowed();
            case PENDING_APPROVAL -> Refusal.conflict("AGREEMENT_BEFORE_APPROVAL",
                    "The indirect reseller agreement can be accepted only after the program operator approved the application").outcome();
            case ACTIVE -> Refusal.conflict("AGREEMENT_ALREADY_ACCEPTED", "The indirect reseller agreement was already accepted").outcome();
            default -> closed().outcome();
        };
    }

    /**
     * E6: the agreement is accepted ({@link #mayAcceptAgreement} allowed it): the enrollment is active, irreversibly. What
     * that causes for the tenant is {@link Partner#completeTransition}'s.
     */
    public void acceptAgreement(String by, Instant now) {
        Preconditions.require(mayAcceptAgreement(), "acceptAgreement");
        status = IndirectResellerEnrollmentStatus.ACTIVE;
        agreementAcceptedAt = now;
        agreementAcceptedBy = by;
    }

    /** E6: the partner may withdraw an application not yet active; an active one cannot be undone. */
    public Outcome mayWithdraw() {
        if (status == IndirectResellerEnrollmentStatus.ACTIVE) {
            return irreversible().outcome();
        }
        return Outcome.refusedIf(!status.isOpen(), closed());
    }

    /** The partner withdraws its application ({@link #mayWithdraw} allowed it); no other service needs to know. */
    public void withdraw(Instant now) {
        Preconditions.require(mayWithdraw(), "withdraw");
        status = IndirectResellerEnrollmentStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    private Refusal closed() {
        return Refusal.conflict("ENROLLMENT_CLOSED", "This application is " + status + "; apply again").with("status", status.name());
    }

    /** E6: the refusal of every request that would take a tenant that completed the transition back to direct bill only. */
    public static Refusal irreversible() {
        return Refusal.conflict(IRREVERSIBLE,
                "The tenant completed the transition and holds both programs; it cannot return to direct bill only");
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
