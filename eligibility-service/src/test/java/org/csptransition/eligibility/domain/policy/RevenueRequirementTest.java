package org.csptransition.eligibility.domain.policy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 REVENUE: at least the configured USD of paid cloud revenue over the trailing twelve months")
class RevenueRequirementTest {

    private final RevenueRequirement requirement = new RevenueRequirement();

    @Nested
    @DisplayName("with the default threshold of USD 300,000.00")
    class DefaultThreshold {

        @Test
        @DisplayName("USD 299,999.99 is not enough: REVENUE_BELOW_THRESHOLD, with the sum and the threshold as evidence")
        void justBelow() {
            RequirementOutcome outcome = requirement.evaluate(Facts.withRevenue("299999.99"), Facts.DEFAULT);
            assertThat(outcome.met()).isFalse();
            assertThat(outcome.reasonCode()).isEqualTo("REVENUE_BELOW_THRESHOLD");
            assertThat(outcome.evidence())
                    .containsEntry("trailingTwelveMonthsUsd", "299999.99")
                    .containsEntry("thresholdUsd", "300000.00")
                    .containsEntry("from", "2020-05")
                    .containsEntry("to", "2021-04");
        }

        @Test
        @DisplayName("USD 300,000.00 exactly is enough: REVENUE_THRESHOLD_MET")
        void exactly() {
            RequirementOutcome outcome = requirement.evaluate(Facts.withRevenue("300000.00"), Facts.DEFAULT);
            assertThat(outcome.met()).isTrue();
            assertThat(outcome.reasonCode()).isEqualTo("REVENUE_THRESHOLD_MET");
        }

        @Test
        @DisplayName("no revenue at all is USD 0.00")
        void none() {
            assertThat(requirement.evaluate(Facts.withRevenue("0"), Facts.DEFAULT).evidence())
                    .containsEntry("trailingTwelveMonthsUsd", "0.00");
        }
    }

    @Test
    @DisplayName("a deployment that raises the bar to USD 1M refuses what 300K would accept")
    void raisedThreshold() {
        Thresholds million = new Thresholds(new BigDecimal("1000000.00"), 12);
        RequirementOutcome outcome = requirement.evaluate(Facts.withRevenue("999999.99"), million);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.evidence()).containsEntry("thresholdUsd", "1000000.00");
        assertThat(requirement.evaluate(Facts.withRevenue("1000000.00"), million).met()).isTrue();
    }
}
