package org.csptransition.eligibility.domain.policy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 INDIRECT_RESELLER_TENURE: an indirect reseller for at least 12 months")
class IndirectResellerTenureRequirementTest {

    private final IndirectResellerTenureRequirement requirement = new IndirectResellerTenureRequirement();

    @Test
    @DisplayName("exactly twelve months on the as-of date is enough")
    void twelveMonths() {
        RequirementOutcome outcome = requirement.evaluate(
                Facts.indirectResellerSince(LocalDate.of(2020, 5, 1), LocalDate.of(2021, 5, 1)), Facts.DEFAULT);
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.reasonCode()).isEqualTo("INDIRECT_RESELLER_TENURE_MET");
        assertThat(outcome.evidence()).containsEntry("months", 12L).containsEntry("indirectResellerSince", "2020-05-01");
    }

    @Test
    @DisplayName("a day short of twelve months is not: INDIRECT_RESELLER_TENURE_TOO_SHORT")
    void oneDayShort() {
        RequirementOutcome outcome = requirement.evaluate(
                Facts.indirectResellerSince(LocalDate.of(2020, 5, 2), LocalDate.of(2021, 5, 1)), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo("INDIRECT_RESELLER_TENURE_TOO_SHORT");
        assertThat(outcome.evidence()).containsEntry("months", 11L);
    }

    @Test
    @DisplayName("never an indirect reseller: NOT_AN_INDIRECT_RESELLER")
    void never() {
        RequirementOutcome outcome = requirement.evaluate(Facts.indirectResellerSince(null, LocalDate.of(2021, 5, 1)), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo("NOT_AN_INDIRECT_RESELLER");
    }

    @Test
    @DisplayName("the number of months is configuration")
    void configured() {
        Thresholds six = new Thresholds(new BigDecimal("300000.00"), 6);
        assertThat(requirement.evaluate(Facts.indirectResellerSince(LocalDate.of(2020, 11, 1), LocalDate.of(2021, 5, 1)), six).met())
                .isTrue();
    }
}
