package org.csptransition.eligibility.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting business days (Monday to Friday; public holidays are not modelled): E6's approval due date. */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** The date {@code days} business days after {@code from}; a start on a weekend counts from the next Monday. */
    public static LocalDate add(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                left--;
            }
        }
        return date;
    }

    public static boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
