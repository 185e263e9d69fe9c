package org.csptransition.eligibility.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.csptransition.eligibility.application.IndirectResellerEnrollments;
import org.csptransition.eligibility.domain.SupportPlan;

import java.time.LocalDate;

/** Request bodies of the enrollment and review endpoints (E3–E6). */
public final class EnrollmentRequests {

    private EnrollmentRequests() {
    }

    public enum CreditCheckResult { PASSED, FAILED }

    /** E3: the operator's credit check decision; a failure needs a reason. */
    public record CreditCheckDecision(@NotNull CreditCheckResult result,
                                      @Size(max = 1000) @Schema(example = "Credit line confirmed by the bank") String reason) {
    }

    /** E4: a negative review, with the reason the partner is told. */
    public record DirectBillRejection(@NotBlank @Size(max = 1000) @Schema(example = "The business address could not be verified") String reason) {
    }

    /** E3/E4: the support plan the partner bought. */
    public record SupportPlanChoice(@NotNull SupportPlan plan) {
    }

    /** E6: the operator's decision; a rejection needs a reason. */
    public record EnrollmentDecision(@NotNull IndirectResellerEnrollments.Decision decision,
                                     @Size(max = 1000) @Schema(example = "Profile, PartnerID and bank information verified") String reason) {
    }

    /** E5: a capability review as of a date. */
    public record CapabilityReviewRequest(@NotNull LocalDate asOf) {
    }
}
