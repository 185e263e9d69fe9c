package org.csptransition.eligibility.domain.policy;

import java.time.LocalDate;
import java.util.List;

/** E2: the direct-bill eligibility of one partner as of a date, under the policy version in force. Eligible = every minimum met. */
public record EligibilityEvaluation(LocalDate asOf, String policyVersion, boolean eligible, List<RequirementResult> requirements) {

    public List<RequirementResult> unmetMinimums() {
        return requirements.stream().filter(RequirementResult::blocks).toList();
    }

    /**
     * E4: what stops an application. Every minimum must be met but the support plan, which is bought only after the
     * credit check passed (E3).
     */
    public List<RequirementResult> unmetForApplication() {
        return unmetMinimums().stream()
                .filter(r -> !(r.code() == RequirementCode.SUPPORT && SupportRequirement.SUPPORT_PLAN_MISSING.equals(r.reasonCode())))
                .toList();
    }
}
