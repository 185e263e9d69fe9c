package org.csptransition.eligibility.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("E3, E6 the operator's review deadline: five business days, overdue after the due date, weekends skipped")
class ReviewDeadlineTest {

    @ParameterizedTest(name = "submitted {0} → due {1}")
    @DisplayName("E6 the due date is five business days after the submission day (UTC), across the weekend")
    @CsvSource({
            "2026-11-16T09:00:00Z, 2026-11-23",  // Monday → next Monday
            "2026-11-19T23:59:59Z, 2026-11-26",  // Thursday late → across the weekend to Thursday
            "2026-11-20T00:00:00Z, 2026-11-27",  // Friday → next Friday
            "2026-11-21T12:00:00Z, 2026-11-27",  // Saturday → counts from Monday
            "2026-11-22T12:00:00Z, 2026-11-27"   // Sunday → the same
    })
    void dueDate(String submittedAt, String dueBy) {
        assertThat(ReviewDeadline.of(Instant.parse(submittedAt)).dueBy()).isEqualTo(LocalDate.parse(dueBy));
    }

    @ParameterizedTest(name = "due Fri 2026-11-27, today {0}: overdue {1}, {2} business days late")
    @DisplayName("E6 overdue only once today is past the due date; the weekend after it adds no business day of delay")
    @CsvSource({
            "2026-11-26, false, 0",  // Thursday before
            "2026-11-27, false, 0",  // the due date itself: still on time
            "2026-11-28, true, 0",   // Saturday: overdue, but no business day lost yet
            "2026-11-29, true, 0",   // Sunday
            "2026-11-30, true, 1",   // Monday
            "2026-12-04, true, 5"    // a week later
    })
    void overdue(String today, boolean overdue, int late) {
        ReviewDeadline deadline = new ReviewDeadline(LocalDate.parse("2026-11-27"));
        assertThat(deadline.overdueOn(LocalDate.parse(today))).isEqualTo(overdue);
        assertThat(deadline.businessDaysOverdue(LocalDate.parse(today))).isEqualTo(late);
    }

    @Test
    @DisplayName("E6 submitted on Thursday: on time through the next Thursday, overdue on Friday")
    void acrossTheWeekend() {
        ReviewDeadline deadline = ReviewDeadline.of(Instant.parse("2026-11-19T10:00:00Z"));
        assertThat(deadline.overdueOn(LocalDate.parse("2026-11-26"))).isFalse();
        assertThat(deadline.overdueOn(LocalDate.parse("2026-11-27"))).isTrue();
        assertThatThrownBy(() -> new ReviewDeadline(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
