package org.csptransition.eligibility.domain;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.RequirementResult;

import java.util.List;

/** E4: an application refused with {@code NOT_ELIGIBLE_FOR_DIRECT_BILL}; carries the evaluation so each unmet requirement can be explained. */
public class NotEligibleException extends RefusedException {

    public static final String CODE = "NOT_ELIGIBLE_FOR_DIRECT_BILL";

    private final transient EligibilityEvaluation evaluation;
    private final transient List<RequirementResult> unmet;

    public NotEligibleException(EligibilityEvaluation evaluation, List<RequirementResult> unmet) {
        super(unmet.stream()
                .map(r -> Refusal.invalid(r.reasonCode(), r.code().name(), r.code() + " is not met: " + r.reasonCode()))
                .toList());
        this.evaluation = evaluation;
        this.unmet = List.copyOf(unmet);
    }

    public EligibilityEvaluation evaluation() {
        return evaluation;
    }

    public List<RequirementResult> unmet() {
        return unmet;
    }
}
