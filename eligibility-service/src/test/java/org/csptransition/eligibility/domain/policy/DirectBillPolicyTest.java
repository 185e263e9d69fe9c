package org.csptransition.eligibility.domain.policy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.eligibility.domain.policy.RequirementCode.ACCOUNTS_RECEIVABLE;
import static org.csptransition.eligibility.domain.policy.RequirementCode.ENDORSEMENT;
import static org.csptransition.eligibility.domain.policy.RequirementCode.INDIRECT_RESELLER_TENURE;
import static org.csptransition.eligibility.domain.policy.RequirementCode.MANAGED_SERVICE;
import static org.csptransition.eligibility.domain.policy.RequirementCode.MPN_ID;
import static org.csptransition.eligibility.domain.policy.RequirementCode.REVENUE;
import static org.csptransition.eligibility.domain.policy.RequirementCode.SUPPORT;
import static org.csptransition.eligibility.domain.policy.RequirementKind.MINIMUM;
import static org.csptransition.eligibility.domain.policy.RequirementKind.RECOMMENDATION;

@DisplayName("E2 policy versions with an effective date")
class DirectBillPolicyTest {

    static final PolicyVersion V2020 = new PolicyVersion("2020-10-27", LocalDate.of(2020, 10, 27), List.of(
            new PolicyVersion.Item(MPN_ID, MINIMUM), new PolicyVersion.Item(ENDORSEMENT, MINIMUM),
            new PolicyVersion.Item(SUPPORT, MINIMUM), new PolicyVersion.Item(REVENUE, MINIMUM),
            new PolicyVersion.Item(ACCOUNTS_RECEIVABLE, MINIMUM), new PolicyVersion.Item(MANAGED_SERVICE, RECOMMENDATION)));
    static final PolicyVersion V2021 = new PolicyVersion("2021-04-15", LocalDate.of(2021, 4, 15), List.of(
            new PolicyVersion.Item(MPN_ID, MINIMUM), new PolicyVersion.Item(ENDORSEMENT, MINIMUM),
            new PolicyVersion.Item(SUPPORT, MINIMUM), new PolicyVersion.Item(REVENUE, MINIMUM),
            new PolicyVersion.Item(ACCOUNTS_RECEIVABLE, MINIMUM), new PolicyVersion.Item(INDIRECT_RESELLER_TENURE, MINIMUM),
            new PolicyVersion.Item(MANAGED_SERVICE, RECOMMENDATION)));

    private final DirectBillPolicy policy = new DirectBillPolicy(List.of(V2021, V2020));

    @Nested
    @DisplayName("the version in force")
    class InForce {

        @Test
        @DisplayName("nothing before 2020-10-27")
        void beforeTheFirst() {
            assertThat(policy.inForceOn(LocalDate.of(2020, 10, 26))).isEmpty();
        }

        @Test
        @DisplayName("2020-10-27 from its own effective date (inclusive) to the day before the next")
        void firstVersion() {
            assertThat(policy.inForceOn(LocalDate.of(2020, 10, 27))).contains(V2020);
            assertThat(policy.inForceOn(LocalDate.of(2021, 4, 14))).contains(V2020);
        }

        @Test
        @DisplayName("2021-04-15 on the day it takes effect, and after")
        void secondVersionOnItsDay() {
            assertThat(policy.inForceOn(LocalDate.of(2021, 4, 15))).contains(V2021);
            assertThat(policy.inForceOn(LocalDate.of(2030, 1, 1))).contains(V2021);
        }
    }

    @Nested
    @DisplayName("evaluating")
    class Evaluating {

        @Test
        @DisplayName("lists every requirement of the version, in its order, and is eligible when every minimum is met")
        void everyRequirement() {
            EligibilityEvaluation evaluation = DirectBillPolicy.evaluate(V2021, Facts.aQualifyingPartner(), Facts.DEFAULT);
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.policyVersion()).isEqualTo("2021-04-15");
            assertThat(evaluation.requirements()).extracting(RequirementResult::code)
                    .containsExactly(MPN_ID, ENDORSEMENT, SUPPORT, REVENUE, ACCOUNTS_RECEIVABLE, INDIRECT_RESELLER_TENURE, MANAGED_SERVICE);
        }

        @Test
        @DisplayName("a partner without indirect-reseller tenure is eligible on 2021-04-14 and not on 2021-04-15")
        void tenureFromItsEffectiveDate() {
            EligibilityFacts before = Facts.indirectResellerSince(null, LocalDate.of(2021, 4, 14));
            EligibilityFacts on = Facts.indirectResellerSince(null, LocalDate.of(2021, 4, 15));
            assertThat(DirectBillPolicy.evaluate(policy.inForceOn(before.asOf()).orElseThrow(), before, Facts.DEFAULT).eligible()).isTrue();
            EligibilityEvaluation evaluation = DirectBillPolicy.evaluate(policy.inForceOn(on.asOf()).orElseThrow(), on, Facts.DEFAULT);
            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.unmetMinimums()).extracting(RequirementResult::code).containsExactly(INDIRECT_RESELLER_TENURE);
        }

        @Test
        @DisplayName("E4: only the support plan missing still allows an application; anything else does not")
        void applicationIgnoresOnlyTheSupportPlan() {
            EligibilityEvaluation noPlan = DirectBillPolicy.evaluate(V2021, Facts.with(true, true, true, null, true, 1), Facts.DEFAULT);
            assertThat(noPlan.eligible()).isFalse();
            assertThat(noPlan.unmetForApplication()).isEmpty();
            EligibilityEvaluation noSupport = DirectBillPolicy.evaluate(V2021, Facts.with(true, true, false, null, true, 1), Facts.DEFAULT);
            assertThat(noSupport.unmetForApplication()).extracting(RequirementResult::code).containsExactly(SUPPORT);
        }
    }
}
