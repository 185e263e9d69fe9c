package org.csptransition.eligibility.domain.policy;

import java.util.Map;

/**
 * E2 MANAGED_SERVICE (a recommendation, never blocking): at least one managed service, IP service or customer solution
 * application. Reason codes: {@code MANAGED_SERVICE_OFFERED}, {@code NO_MANAGED_SERVICE}.
 */
public final class ManagedServiceRequirement implements Requirement {

    @Override
    public RequirementCode code() {
        return RequirementCode.MANAGED_SERVICE;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        Map<String, Object> evidence = Map.of("managedServices", facts.managedServices());
        return facts.managedServices() > 0
                ? RequirementOutcome.met("MANAGED_SERVICE_OFFERED", evidence)
                : RequirementOutcome.unmet("NO_MANAGED_SERVICE", evidence);
    }
}
