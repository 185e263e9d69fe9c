package org.csptransition.eligibility.domain;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.RequirementResult;

import java.util.List;
import java.util.Optional;

/**
 * E4 Direct-bill application: refused with {@code DIRECT_BILL_ALREADY_HELD} for a tenant that holds the program,
 * {@code ENROLLMENT_ALREADY_SUBMITTED} while an application is open, and {@code NOT_ELIGIBLE_FOR_DIRECT_BILL} (listing
 * each unmet requirement) unless every minimum of the policy in force is met but the support plan.
 */
public final class DirectBillApplicationPolicy {

    private DirectBillApplicationPolicy() {
    }

    public static void check(Partner partner, Optional<DirectBillEnrollment> latest, EligibilityEvaluation evaluation) {
        if (partner.holds(Program.DIRECT_BILL)) {
            throw new RefusedException(Refusal.conflict("DIRECT_BILL_ALREADY_HELD",
                    "The tenant already holds the direct-bill program"));
        }
        if (latest.isPresent() && latest.get().status().isOpen()) {
            throw new RefusedException(Refusal.conflict("ENROLLMENT_ALREADY_SUBMITTED",
                    "Application " + latest.get().id() + " is still " + latest.get().status()));
        }
        List<RequirementResult> unmet = evaluation.unmetForApplication();
        if (!unmet.isEmpty()) {
            throw new NotEligibleException(evaluation, unmet);
        }
    }
}
