package org.csptransition.eligibility.domain.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E2 SUPPORT: the partner can give first-level cloud support to its customers (attested) and holds a support plan,
 * ASFP or PSFP. Reason codes: {@code SUPPORT_IN_PLACE}, {@code FIRST_LEVEL_SUPPORT_NOT_ATTESTED},
 * {@code SUPPORT_PLAN_MISSING} (the one gap an application may have: the plan is bought after the credit check, E3/E4).
 */
public final class SupportRequirement implements Requirement {

    public static final String SUPPORT_PLAN_MISSING = "SUPPORT_PLAN_MISSING";

    @Override
    public RequirementCode code() {
        return RequirementCode.SUPPORT;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("firstLevelSupport", facts.firstLevelSupport());
        evidence.put("supportPlan", facts.supportPlan() == null ? null : facts.supportPlan().name());
        if (!facts.firstLevelSupport()) {
            return RequirementOutcome.unmet("FIRST_LEVEL_SUPPORT_NOT_ATTESTED", evidence);
        }
        if (facts.supportPlan() == null) {
            return RequirementOutcome.unmet(SUPPORT_PLAN_MISSING, evidence);
        }
        return RequirementOutcome.met("SUPPORT_IN_PLACE", evidence);
    }
}
