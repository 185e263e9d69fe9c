package org.csptransition.eligibility.domain.policy;

import java.util.Map;

/**
 * E2 ACCOUNTS_RECEIVABLE: the organisation can run customer billing and provisioning, attested by a GlobalAdmin.
 * Reason codes: {@code ACCOUNTS_RECEIVABLE_ATTESTED}, {@code ACCOUNTS_RECEIVABLE_NOT_ATTESTED}.
 */
public final class AccountsReceivableRequirement implements Requirement {

    @Override
    public RequirementCode code() {
        return RequirementCode.ACCOUNTS_RECEIVABLE;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        Map<String, Object> evidence = Map.of("accountsReceivable", facts.accountsReceivable());
        return facts.accountsReceivable()
                ? RequirementOutcome.met("ACCOUNTS_RECEIVABLE_ATTESTED", evidence)
                : RequirementOutcome.unmet("ACCOUNTS_RECEIVABLE_NOT_ATTESTED", evidence);
    }
}
