package org.csptransition.eligibility.domain;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.RequirementCode;
import org.csptransition.eligibility.domain.policy.RequirementKind;
import org.csptransition.eligibility.domain.policy.RequirementResult;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.eligibility.domain.DirectBillEnrollmentTest.codeOf;

@DisplayName("E4 who may apply for direct bill")
class DirectBillApplicationPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static Partner aPartner(Program program) {
        return Partner.register(UUID.randomUUID(), PartnerTest.aProfile(program), null, NOW).partner();
    }

    static RequirementResult met(RequirementCode code, String reasonCode) {
        return new RequirementResult(code, RequirementKind.MINIMUM, true, reasonCode, Map.of());
    }

    static RequirementResult unmet(RequirementCode code, String reasonCode, Map<String, Object> evidence) {
        return new RequirementResult(code, RequirementKind.MINIMUM, false, reasonCode, evidence);
    }

    static EligibilityEvaluation evaluation(RequirementResult... requirements) {
        boolean eligible = java.util.Arrays.stream(requirements).noneMatch(RequirementResult::blocks);
        return new EligibilityEvaluation(AS_OF, "2021-04-15", eligible, List.of(requirements));
    }

    @Test
    @DisplayName("E4: every minimum met but the support plan: allowed (the plan is bought after the credit check)")
    void allButTheSupportPlan() {
        Outcome outcome = DirectBillApplicationPolicy.check(aPartner(Program.INDIRECT_RESELLER), Optional.empty(), evaluation(
                met(RequirementCode.MPN_ID, "MPN_ID_ACTIVE"),
                unmet(RequirementCode.SUPPORT, "SUPPORT_PLAN_MISSING", Map.of())));
        assertThat(outcome.isAllowed()).isTrue();
    }

    @Test
    @DisplayName("E4: not eligible: NOT_ELIGIBLE_FOR_DIRECT_BILL first (policy version, unmet requirements, count), then one refusal per unmet requirement with its evidence")
    void notEligible() {
        Map<String, Object> revenue = Map.of("trailingTwelveMonthsUsd", "240000.00", "thresholdUsd", "300000.00", "from", "2025-11",
                "to", "2026-10");
        Map<String, Object> tenure = new HashMap<>();
        tenure.put("requiredMonths", 12);
        tenure.put("indirectResellerSince", null);
        Outcome outcome = DirectBillApplicationPolicy.check(aPartner(Program.INDIRECT_RESELLER), Optional.empty(), evaluation(
                met(RequirementCode.MPN_ID, "MPN_ID_ACTIVE"),
                unmet(RequirementCode.REVENUE, "REVENUE_BELOW_THRESHOLD", revenue),
                unmet(RequirementCode.INDIRECT_RESELLER_TENURE, "NOT_AN_INDIRECT_RESELLER", tenure)));

        assertThat(outcome.refusals()).extracting(Refusal::code)
                .containsExactly("NOT_ELIGIBLE_FOR_DIRECT_BILL", "REVENUE_BELOW_THRESHOLD", "NOT_AN_INDIRECT_RESELLER");
        assertThat(outcome.refusals()).extracting(Refusal::kind).containsOnly(Refusal.Kind.INVALID);
        assertThat(outcome.refusals()).extracting(Refusal::field).containsExactly(null, "REVENUE", "INDIRECT_RESELLER_TENURE");
        Refusal first = outcome.refusals().get(0);
        assertThat(first.context()).containsEntry("policyVersion", "2021-04-15").containsEntry("count", 2)
                .containsEntry("unmetRequirements", List.of("REVENUE", "INDIRECT_RESELLER_TENURE"));
        assertThat(outcome.refusals().get(1).context()).isEqualTo(revenue);
        assertThat(outcome.refusals().get(2).context()).as("an unknown fact is left out").isEqualTo(Map.of("requiredMonths", 12));
    }

    @Test
    @DisplayName("E4: a tenant holding direct bill: DIRECT_BILL_ALREADY_HELD; an open application: ENROLLMENT_ALREADY_SUBMITTED, naming it")
    void conflicts() {
        EligibilityEvaluation eligible = evaluation(met(RequirementCode.MPN_ID, "MPN_ID_ACTIVE"));
        assertThat(codeOf(DirectBillApplicationPolicy.check(aPartner(Program.DIRECT_BILL), Optional.empty(), eligible)))
                .isEqualTo("DIRECT_BILL_ALREADY_HELD");
        DirectBillEnrollment open = DirectBillEnrollmentTest.anApplication();
        Outcome twice = DirectBillApplicationPolicy.check(aPartner(Program.INDIRECT_RESELLER), Optional.of(open), eligible);
        assertThat(codeOf(twice)).isEqualTo("ENROLLMENT_ALREADY_SUBMITTED");
        assertThat(twice.refusals().get(0).context()).containsEntry("enrollmentId", open.id().toString())
                .containsEntry("status", "UNDER_REVIEW");
    }
}
