package org.csptransition.eligibility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * E3, E6 The operator's answer deadline on an enrollment waiting for it (a credit check, an indirect-reseller approval):
 * {@value #BUSINESS_DAYS} business days after the day it was submitted (the day in UTC; Partner Center's promise).
 * Business days are Monday to Friday; public holidays are not modelled. It is overdue once today (the service's clock)
 * is past its due date: on the due date itself it is still on time.
 */
public record ReviewDeadline(LocalDate dueBy) {

    public static final int BUSINESS_DAYS = 5;

    public ReviewDeadline {
        if (dueBy == null) {
            throw new IllegalArgumentException("dueBy must not be null");
        }
    }

    /** The deadline of an enrollment submitted at {@code submittedAt}. */
    public static ReviewDeadline of(Instant submittedAt) {
        return new ReviewDeadline(BusinessDays.add(LocalDate.ofInstant(submittedAt, ZoneOffset.UTC), BUSINESS_DAYS));
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueBy);
    }

    /** How many business days after the due date {@code today} is (0 while on time; a weekend adds nothing). */
    public int businessDaysOverdue(LocalDate today) {
        int days = 0;
        for (LocalDate date = dueBy.plusDays(1); !date.isAfter(today); date = date.plusDays(1)) {
            if (BusinessDays.isBusinessDay(date)) {
                days++;
            }
        }
        return days;
    }
}
