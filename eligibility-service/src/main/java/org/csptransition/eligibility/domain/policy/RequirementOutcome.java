package org.csptransition.eligibility.domain.policy;

import java.util.Map;

/** What one requirement found: met or not, a stable reason code, and the evidence it looked at (for the reply and the message). */
public record RequirementOutcome(boolean met, String reasonCode, Map<String, Object> evidence) {

    public static RequirementOutcome met(String reasonCode, Map<String, Object> evidence) {
        return new RequirementOutcome(true, reasonCode, evidence);
    }

    public static RequirementOutcome unmet(String reasonCode, Map<String, Object> evidence) {
        return new RequirementOutcome(false, reasonCode, evidence);
    }
}
