package org.csptransition.eligibility.domain.policy;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E2 INDIRECT_RESELLER_TENURE (policy 2021-04-15 on): an indirect reseller for at least the configured number of full
 * months (12 by default) on the as-of date. Reason codes: {@code INDIRECT_RESELLER_TENURE_MET},
 * {@code INDIRECT_RESELLER_TENURE_TOO_SHORT}, {@code NOT_AN_INDIRECT_RESELLER}.
 */
public final class IndirectResellerTenureRequirement implements Requirement {

    @Override
    public RequirementCode code() {
        return RequirementCode.INDIRECT_RESELLER_TENURE;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("requiredMonths", thresholds.tenureMonths());
        if (facts.indirectResellerSince() == null || facts.indirectResellerSince().isAfter(facts.asOf())) {
            evidence.put("indirectResellerSince", null);
            evidence.put("months", 0);
            return RequirementOutcome.unmet("NOT_AN_INDIRECT_RESELLER", evidence);
        }
        long months = ChronoUnit.MONTHS.between(facts.indirectResellerSince(), facts.asOf());
        evidence.put("indirectResellerSince", facts.indirectResellerSince().toString());
        evidence.put("months", months);
        return months >= thresholds.tenureMonths()
                ? RequirementOutcome.met("INDIRECT_RESELLER_TENURE_MET", evidence)
                : RequirementOutcome.unmet("INDIRECT_RESELLER_TENURE_TOO_SHORT", evidence);
    }
}
