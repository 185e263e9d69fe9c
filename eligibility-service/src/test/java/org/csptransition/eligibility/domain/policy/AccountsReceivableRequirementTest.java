package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 ACCOUNTS_RECEIVABLE: customer billing and provisioning, attested")
class AccountsReceivableRequirementTest {

    private final AccountsReceivableRequirement requirement = new AccountsReceivableRequirement();

    @Test
    @DisplayName("met when attested")
    void attested() {
        assertThat(requirement.evaluate(Facts.aQualifyingPartner(), Facts.DEFAULT).met()).isTrue();
    }

    @Test
    @DisplayName("not met without the attestation: ACCOUNTS_RECEIVABLE_NOT_ATTESTED")
    void notAttested() {
        RequirementOutcome outcome = requirement.evaluate(Facts.with(true, true, true, SupportPlan.ASFP, false, 1), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo("ACCOUNTS_RECEIVABLE_NOT_ATTESTED");
    }
}
