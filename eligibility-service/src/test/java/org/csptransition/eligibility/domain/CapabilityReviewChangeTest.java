package org.csptransition.eligibility.domain;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.RequirementCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.eligibility.domain.DirectBillApplicationPolicyTest.met;
import static org.csptransition.eligibility.domain.DirectBillApplicationPolicyTest.unmet;

@DisplayName("E5 what a capability review does to one direct-bill partner")
class CapabilityReviewChangeTest {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    @Test
    @DisplayName("E5: not eligible → RESTRICTED, naming the unmet requirement codes, published with the review's id")
    void restriction() {
        UUID tenant = UUID.randomUUID();
        UUID review = UUID.randomUUID();
        EligibilityEvaluation failing = new EligibilityEvaluation(AS_OF, "2021-04-15", false, List.of(
                met(RequirementCode.MPN_ID, "MPN_ID_ACTIVE"), unmet(RequirementCode.REVENUE, "REVENUE_BELOW_THRESHOLD", Map.of())));
        assertThat(CapabilityReviewChange.restriction(tenant, "4234567", failing)).hasValueSatisfying(change -> {
            assertThat(change.previousStatus()).isEqualTo(ProgramStatus.ACTIVE);
            assertThat(change.status()).isEqualTo(ProgramStatus.RESTRICTED);
            assertThat(change.reasonCodes()).containsExactly("REVENUE");
            assertThat(change.event(AS_OF, review)).isEqualTo(new PartnerEvent.ProgramChanged(tenant, new ProgramChange(
                    Program.DIRECT_BILL, ProgramStatus.ACTIVE, ProgramStatus.RESTRICTED, AS_OF, List.of("REVENUE")), review));
        });
    }

    @Test
    @DisplayName("E5: an eligible partner keeps its status")
    void eligible() {
        EligibilityEvaluation passing = new EligibilityEvaluation(AS_OF, "2021-04-15", true, List.of(met(RequirementCode.MPN_ID, "MPN_ID_ACTIVE")));
        assertThat(CapabilityReviewChange.restriction(UUID.randomUUID(), "4234567", passing)).isEmpty();
    }

    @Test
    @DisplayName("E5: with escalation configured, RESTRICTED 30 days after the restriction → SUSPENDED, with the escalation's reason")
    void escalation() {
        EscalationPolicy thirtyDays = new EscalationPolicy(OptionalInt.of(30), OptionalInt.empty());
        UUID tenant = UUID.randomUUID();
        assertThat(CapabilityReviewChange.escalation(tenant, ProgramStatus.RESTRICTED, AS_OF, AS_OF.plusDays(29), thirtyDays)).isEmpty();
        assertThat(CapabilityReviewChange.escalation(tenant, ProgramStatus.RESTRICTED, AS_OF, AS_OF.plusDays(30), thirtyDays))
                .hasValueSatisfying(change -> {
                    assertThat(change.status()).isEqualTo(ProgramStatus.SUSPENDED);
                    assertThat(change.reasonCodes()).containsExactly(EscalationPolicy.SUSPENDED_AFTER_DAYS);
                    assertThat(change.event(AS_OF.plusDays(30), null).change().previousStatus()).isEqualTo(ProgramStatus.RESTRICTED);
                });
    }
}
