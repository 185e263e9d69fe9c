package org.csptransition.eligibility.api;

import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The {@code asOf} query parameter: an ISO date, today (by the service clock) when absent; anything else is a 400 naming it. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("INVALID_FIELD", "asOf must be a date such as 2021-05-01")
                    .withErrors(List.of(new Problem.FieldError("asOf", "must be a date such as 2021-05-01", "INVALID_FORMAT")));
        }
    }
}
