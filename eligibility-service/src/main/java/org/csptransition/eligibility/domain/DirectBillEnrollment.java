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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * E3/E4 A direct-bill application: {@code UNDER_REVIEW} (credit check {@code PENDING}) → {@code CREDIT_CHECK_PASSED} →
 * support plan recorded → {@code APPROVED}; a failed credit check → {@code REJECTED} with the reason.
 * A support plan before the credit check passed is refused with {@code CREDIT_CHECK_NOT_PASSED}. Its rules answer with an
 * {@code Outcome} ({@code may…}); its transitions return the events they cause.
 */
@Entity
@Table(name = "direct_bill_enrollment")
public class DirectBillEnrollment {

    public static final String CREDIT_CHECK_FAILED = "CREDIT_CHECK_FAILED";
    public static final String REVIEW_NEGATIVE = "REVIEW_NEGATIVE";

    @Id
    private UUID id;
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private DirectBillEnrollmentStatus status;
    @Column(name = "policy_version")
    private String policyVersion;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "credit_check")
    private CreditCheckStatus creditCheck;
    @Column(name = "credit_check_reason")
    private String creditCheckReason;
    @Column(name = "credit_check_decided_at")
    private Instant creditCheckDecidedAt;
    @Column(name = "credit_check_decided_by")
    private String creditCheckDecidedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "support_plan")
    private SupportPlan supportPlan;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "rejected_at")
    private Instant rejectedAt;
    @Column(name = "rejection_code")
    private String rejectionCode;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Version
    private long version;

    protected DirectBillEnrollment() {
        // for JPA
    }

    /** A new application and the event that tells the other services. */
    public record Submission(DirectBillEnrollment enrollment, PartnerEvent.DirectBillSubmitted submitted) {
    }

    /** E4: an application that met every minimum but the support plan goes under review; its credit check is pending. */
    public static Submission submit(UUID id, UUID tenantId, String policyVersion, String by, Instant now) {
        DirectBillEnrollment enrollment = new DirectBillEnrollment();
        enrollment.id = id;
        enrollment.tenantId = tenantId;
        enrollment.status = DirectBillEnrollmentStatus.UNDER_REVIEW;
        enrollment.policyVersion = policyVersion;
        enrollment.submittedAt = now;
        enrollment.submittedBy = by;
        enrollment.creditCheck = CreditCheckStatus.PENDING;
        return new Submission(enrollment, new PartnerEvent.DirectBillSubmitted(tenantId, id, policyVersion, now));
    }

    /** E3: the operator decides the credit check only once, only under review; a failure needs a reason the partner can act on. */
    public Outcome mayDecideCreditCheck(boolean passed, String reason) {
        if (status != DirectBillEnrollmentStatus.UNDER_REVIEW) {
            return Refusal.conflict("CREDIT_CHECK_ALREADY_DECIDED",
                    "The credit check of this application was already decided: " + creditCheck).with("creditCheck", creditCheck.name()).outcome();
        }
        return Outcome.refusedIf(!passed && (reason == null || reason.isBlank()), Refusal.invalid("CREDIT_CHECK_REASON_REQUIRED",
                "reason", "A failed credit check needs a reason the partner can act on"));
    }

    /** E3: the decision {@link #mayDecideCreditCheck} allowed; a failure rejects the application with its reason. */
    public List<PartnerEvent> decideCreditCheck(boolean passed, String reason, String by, Instant now) {
        Preconditions.require(mayDecideCreditCheck(passed, reason), "decideCreditCheck");
        creditCheckDecidedAt = now;
        creditCheckDecidedBy = by;
        creditCheckReason = reason;
        if (passed) {
            creditCheck = CreditCheckStatus.PASSED;
            status = DirectBillEnrollmentStatus.CREDIT_CHECK_PASSED;
            return List.of(new PartnerEvent.CreditCheckPassed(tenantId, id, now));
        }
        creditCheck = CreditCheckStatus.FAILED;
        status = DirectBillEnrollmentStatus.REJECTED;
        rejectedAt = now;
        rejectionCode = CREDIT_CHECK_FAILED;
        rejectionReason = reason;
        return List.of(new PartnerEvent.CreditCheckFailed(tenantId, id, reason, now),
                new PartnerEvent.DirectBillRejected(tenantId, id, CREDIT_CHECK_FAILED, reason));
    }

    /**
     * E4 rejection for another reason than the credit check: the operator's review is negative while the application is
     * open ({@code UNDER_REVIEW} or {@code CREDIT_CHECK_PASSED}), with a reason the partner can act on. Codes:
     * {@code ENROLLMENT_CLOSED} (already approved or rejected), {@code REJECTION_REASON_REQUIRED}.
     */
    public Outcome mayReject(String reason) {
        if (!status.isOpen()) {
            return Refusal.conflict("ENROLLMENT_CLOSED", "This application is " + status + "; apply again")
                    .with("status", status.name()).outcome();
        }
        return Outcome.refusedIf(reason == null || reason.isBlank(), Refusal.invalid("REJECTION_REASON_REQUIRED", "reason",
                "A rejection needs a reason the partner can act on"));
    }

    /** E4: the rejection {@link #mayReject} allowed: {@code REJECTED} with code {@code REVIEW_NEGATIVE} and the reason. */
    public PartnerEvent.DirectBillRejected reject(String reason, Instant now) {
        Preconditions.require(mayReject(reason), "reject");
        status = DirectBillEnrollmentStatus.REJECTED;
        rejectedAt = now;
        rejectionCode = REVIEW_NEGATIVE;
        rejectionReason = reason;
        return new PartnerEvent.DirectBillRejected(tenantId, id, REVIEW_NEGATIVE, reason);
    }

    /** E3/E4: a support plan completes the application, but only after the credit check passed. */
    public Outcome mayApproveWithSupportPlan() {
        return Outcome.refusedIf(status != DirectBillEnrollmentStatus.CREDIT_CHECK_PASSED, creditCheckNotPassed(creditCheck));
    }

    /** E3/E4: the support plan approves the application ({@link #mayApproveWithSupportPlan} allowed it). */
    public PartnerEvent.DirectBillApproved approveWith(SupportPlan plan, Instant now) {
        Preconditions.require(mayApproveWithSupportPlan(), "approveWith");
        supportPlan = plan;
        status = DirectBillEnrollmentStatus.APPROVED;
        approvedAt = now;
        return new PartnerEvent.DirectBillApproved(tenantId, id, now);
    }

    /**
     * E3: no support plan before a passed credit check. {@code creditCheck} is that of the latest application (a fact for the
     * client), null without one.
     */
    public static Refusal creditCheckNotPassed(CreditCheckStatus creditCheck) {
        Refusal refusal = Refusal.conflict("CREDIT_CHECK_NOT_PASSED", "A support plan can be recorded only after the credit check "
                + "of a direct-bill application has passed; do not buy a support plan before");
        return creditCheck == null ? refusal : refusal.with("creditCheck", creditCheck.name());
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public DirectBillEnrollmentStatus status() {
        return status;
    }

    public String policyVersion() {
        return policyVersion;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public CreditCheckStatus creditCheck() {
        return creditCheck;
    }

    public Optional<String> creditCheckReason() {
        return Optional.ofNullable(creditCheckReason);
    }

    public Optional<Instant> creditCheckDecidedAt() {
        return Optional.ofNullable(creditCheckDecidedAt);
    }

    public Optional<SupportPlan> supportPlan() {
        return Optional.ofNullable(supportPlan);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<Instant> rejectedAt() {
        return Optional.ofNullable(rejectedAt);
    }

    public Optional<String> rejectionCode() {
        return Optional.ofNullable(rejectionCode);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public long version() {
        return version;
    }
}
