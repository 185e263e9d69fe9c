package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 MANAGED_SERVICE: at least one managed service, IP service or customer solution (a recommendation)")
class ManagedServiceRequirementTest {

    private final ManagedServiceRequirement requirement = new ManagedServiceRequirement();

    @Test
    @DisplayName("met with one managed service")
    void one() {
        RequirementOutcome outcome = requirement.evaluate(Facts.aQualifyingPartner(), Facts.DEFAULT);
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.evidence()).containsEntry("managedServices", 1);
    }

    @Test
    @DisplayName("not met with none (NO_MANAGED_SERVICE), yet the partner stays eligible: it is only a recommendation")
    void noneDoesNotBlock() {
        EligibilityFacts facts = Facts.with(true, true, true, SupportPlan.ASFP, true, 0);
        assertThat(requirement.evaluate(facts, Facts.DEFAULT).reasonCode()).isEqualTo("NO_MANAGED_SERVICE");
        EligibilityEvaluation evaluation = DirectBillPolicy.evaluate(DirectBillPolicyTest.V2021, facts, Facts.DEFAULT);
        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.requirements()).filteredOn(r -> r.code() == RequirementCode.MANAGED_SERVICE)
                .singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(RequirementKind.RECOMMENDATION);
                    assertThat(r.met()).isFalse();
                });
    }
}
