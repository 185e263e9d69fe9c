package org.csptransition.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * E3/E4 A direct-bill application: {@code UNDER_REVIEW} (credit check {@code PENDING}) → {@code CREDIT_CHECK_PASSED} →
 * support plan recorded → {@code APPROVED}; a failed credit check → {@code REJECTED} with the reason.
 * A support plan before the credit check passed is refused with {@code CREDIT_CHECK_NOT_PASSED}.
 */
@Entity
@Table(name = "direct_bill_enrollment")
public class DirectBillEnrollment {

    public static final String CREDIT_CHECK_FAILED = "CREDIT_CHECK_FAILED";

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

    /** E4: an application that met every minimum but the support plan goes under review; its credit check is pending. */
    public static DirectBillEnrollment submit(UUID id, UUID tenantId, String policyVersion, String by, Instant now) {
        DirectBillEnrollment enrollment = new DirectBillEnrollment();
        enrollment.id = id;
        enrollment.tenantId = tenantId;
        enrollment.status = DirectBillEnrollmentStatus.UNDER_REVIEW;
        enrollment.policyVersion = policyVersion;
        enrollment.submittedAt = now;
        enrollment.submittedBy = by;
        enrollment.creditCheck = CreditCheckStatus.PENDING;
        return enrollment;
    }

    /** E3: the operator's credit check decision. Only once, only under review; a failure needs a reason and rejects the application. */
    public void decideCreditCheck(boolean passed, String reason, String by, Instant now) {
        if (status != DirectBillEnrollmentStatus.UNDER_REVIEW) {
            throw new RefusedException(Refusal.conflict("CREDIT_CHECK_ALREADY_DECIDED",
                    "The credit check of this application was already decided: " + creditCheck));
        }
        if (!passed && (reason == null || reason.isBlank())) {
            throw new RefusedException(Refusal.invalid("CREDIT_CHECK_REASON_REQUIRED", "reason",
                    "A failed credit check needs a reason the partner can act on"));
        }
        creditCheckDecidedAt = now;
        creditCheckDecidedBy = by;
        creditCheckReason = reason;
        if (passed) {
            creditCheck = CreditCheckStatus.PASSED;
            status = DirectBillEnrollmentStatus.CREDIT_CHECK_PASSED;
        } else {
            creditCheck = CreditCheckStatus.FAILED;
            status = DirectBillEnrollmentStatus.REJECTED;
            rejectedAt = now;
            rejectionCode = CREDIT_CHECK_FAILED;
            rejectionReason = reason;
        }
    }

    /** E3/E4: the support plan completes the application, but only after the credit check passed. */
    public void approveWith(SupportPlan plan, Instant now) {
        if (status != DirectBillEnrollmentStatus.CREDIT_CHECK_PASSED) {
            throw creditCheckNotPassed(creditCheck);
        }
        supportPlan = plan;
        status = DirectBillEnrollmentStatus.APPROVED;
        approvedAt = now;
    }

    public static RefusedException creditCheckNotPassed(CreditCheckStatus creditCheck) {
        return new RefusedException(Refusal.conflict("CREDIT_CHECK_NOT_PASSED",
                "A support plan can be recorded only after the credit check passed (it is " + creditCheck
                        + "); do not buy a support plan before"));
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
