package org.csptransition.eligibility.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E6 approval due date: business days skip weekends")
class BusinessDaysTest {

    @ParameterizedTest(name = "{0} + 5 business days = {1}")
    @CsvSource({
            "2026-11-16, 2026-11-23",  // Monday → next Monday
            "2026-11-19, 2026-11-26",  // Thursday → across the weekend to Thursday
            "2026-11-20, 2026-11-27",  // Friday → next Friday
            "2026-11-21, 2026-11-27",  // Saturday → counts from Monday, due Friday
            "2026-11-22, 2026-11-27"   // Sunday → the same
    })
    void fiveBusinessDays(String from, String due) {
        assertThat(BusinessDays.add(java.time.LocalDate.parse(from), 5)).isEqualTo(java.time.LocalDate.parse(due));
    }
}
