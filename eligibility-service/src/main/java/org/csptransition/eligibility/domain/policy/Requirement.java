package org.csptransition.eligibility.domain.policy;

/** One E2 direct-bill requirement as a small named policy: facts in, met or not with a reason code and evidence out. */
public interface Requirement {

    RequirementCode code();

    RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds);
}
