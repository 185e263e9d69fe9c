package org.csptransition.eligibility.domain.policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E2 REVENUE: at least the configured USD amount (300,000.00 by default) of paid cloud CSP revenue over the trailing
 * twelve full months before the as-of month; perpetual software and unpaid invoices never count ({@code TrailingTwelveMonths}).
 * Reason codes: {@code REVENUE_THRESHOLD_MET}, {@code REVENUE_BELOW_THRESHOLD}.
 */
public final class RevenueRequirement implements Requirement {

    @Override
    public RequirementCode code() {
        return RequirementCode.REVENUE;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        BigDecimal sum = facts.trailingTwelveMonthsUsd().setScale(2);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("trailingTwelveMonthsUsd", sum.toPlainString());
        evidence.put("thresholdUsd", thresholds.revenueUsd().setScale(2).toPlainString());
        evidence.put("from", facts.revenueFrom().toString());
        evidence.put("to", facts.revenueTo().toString());
        return sum.compareTo(thresholds.revenueUsd()) >= 0
                ? RequirementOutcome.met("REVENUE_THRESHOLD_MET", evidence)
                : RequirementOutcome.unmet("REVENUE_BELOW_THRESHOLD", evidence);
    }
}
