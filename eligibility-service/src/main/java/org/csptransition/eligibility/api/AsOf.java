package org.csptransition.eligibility.api;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.InputBounds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code asOf} query parameter: an ISO date within the years every service accepts, today (by the service clock)
 * when absent. Anything else is malformed input, a 400 {@code INVALID_FIELD} naming it, answered before any rule runs.
 */
final class AsOf {

    static final String EXAMPLE = "2021-05-01";

    private AsOf() {
    }

    static LocalDate parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= InputBounds.MIN_YEAR && date.getYear() <= InputBounds.MAX_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below, like a date out of range
        }
        throw new RefusedException(Refusal.malformed("INVALID_FIELD", "asOf", "asOf must be a date such as " + EXAMPLE
                + ", in the years " + InputBounds.MIN_YEAR + "–" + InputBounds.MAX_YEAR).with("example", EXAMPLE));
    }
}
