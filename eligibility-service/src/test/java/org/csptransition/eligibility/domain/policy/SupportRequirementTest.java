package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 SUPPORT: first-level cloud support and a support plan (ASFP or PSFP)")
class SupportRequirementTest {

    private final SupportRequirement requirement = new SupportRequirement();

    @ParameterizedTest(name = "met with first-level support and {0}")
    @EnumSource(SupportPlan.class)
    void eitherPlan(SupportPlan plan) {
        RequirementOutcome outcome = requirement.evaluate(Facts.with(true, true, true, plan, true, 1), Facts.DEFAULT);
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.evidence()).containsEntry("supportPlan", plan.name());
    }

    @Test
    @DisplayName("not met without first-level support, whatever the plan: FIRST_LEVEL_SUPPORT_NOT_ATTESTED")
    void noFirstLevelSupport() {
        assertThat(requirement.evaluate(Facts.with(true, true, false, SupportPlan.PSFP, true, 1), Facts.DEFAULT).reasonCode())
                .isEqualTo("FIRST_LEVEL_SUPPORT_NOT_ATTESTED");
    }

    @Test
    @DisplayName("not met without a plan: SUPPORT_PLAN_MISSING (the one gap an application may have)")
    void noPlan() {
        RequirementOutcome outcome = requirement.evaluate(Facts.with(true, true, true, null, true, 1), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo(SupportRequirement.SUPPORT_PLAN_MISSING);
    }
}
