package org.csptransition.eligibility.domain.policy;

import java.util.Map;

/** One requirement of an evaluation: its code and kind in the policy version, and what its policy found. */
public record RequirementResult(RequirementCode code, RequirementKind kind, boolean met, String reasonCode,
                                Map<String, Object> evidence) {

    public boolean blocks() {
        return kind == RequirementKind.MINIMUM && !met;
    }
}
