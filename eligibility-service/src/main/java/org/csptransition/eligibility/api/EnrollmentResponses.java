package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The enrollments as their partner and the operator see them (E3, E4, E6). */
public final class EnrollmentResponses {

    private EnrollmentResponses() {
    }

    /** E3/E4: a direct-bill application with its credit check. */
    public record DirectBill(UUID id, UUID tenantId, String status, String policyVersion, Instant submittedAt,
                             CreditCheck creditCheck, String supportPlan, Instant approvedAt, Rejection rejection) {

        static DirectBill of(DirectBillEnrollment e) {
            return new DirectBill(e.id(), e.tenantId(), e.status().name(), e.policyVersion(), e.submittedAt(),
                    new CreditCheck(e.creditCheck().name(), e.creditCheckReason().orElse(null), e.creditCheckDecidedAt().orElse(null)),
                    e.supportPlan().map(Enum::name).orElse(null), e.approvedAt().orElse(null),
                    e.rejectionCode().map(code -> new Rejection(code, e.rejectionReason().orElse(null), e.rejectedAt().orElse(null)))
                            .orElse(null));
        }
    }

    public record CreditCheck(String status, String reason, Instant decidedAt) {
    }

    public record Rejection(String reasonCode, String reason, Instant rejectedAt) {
    }

    /** E6: the indirect-reseller enrollment on the tenant. */
    public record IndirectReseller(UUID id, UUID tenantId, String status, Instant submittedAt, LocalDate approvalDueBy,
                                   Instant decidedAt, String rejectionReason, Instant agreementAcceptedAt, Instant withdrawnAt) {

        static IndirectReseller of(IndirectResellerEnrollment e) {
            return new IndirectReseller(e.id(), e.tenantId(), e.status().name(), e.submittedAt(), e.approvalDueBy(),
                    e.decidedAt().orElse(null), e.rejectionReason().orElse(null), e.agreementAcceptedAt().orElse(null),
                    e.withdrawnAt().orElse(null));
        }
    }
}
