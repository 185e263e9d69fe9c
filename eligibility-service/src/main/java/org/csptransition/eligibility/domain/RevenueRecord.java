package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One month of a partner's CSP revenue in one category and role (E2). Month + category + role identify it: posting the
 * same again replaces it, so a month is never counted twice.
 */
public record RevenueRecord(YearMonth month, BigDecimal amountUsd, RevenueCategory category, InvoiceStatus invoiceStatus,
                            RevenueRole role) {

    /** The key that a later record for the same month, category and role replaces. */
    public record Key(YearMonth month, RevenueCategory category, RevenueRole role) {
    }

    public Key key() {
        return new Key(month, category, role);
    }

    /**
     * E2 revenue records: amounts in USD with at most two decimals and not negative, no month after the current one,
     * and each month + category + role at most once per posting. Every problem at once, each naming its record.
     */
    public static Outcome check(List<RevenueRecord> records, YearMonth currentMonth) {
        List<Refusal> refusals = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            RevenueRecord record = records.get(i);
            String field = "records[" + i + "]";
            if (record.amountUsd().signum() < 0 || record.amountUsd().stripTrailingZeros().scale() > 2) {
                refusals.add(Refusal.invalid("REVENUE_AMOUNT_INVALID", field + ".amountUsd",
                        "The amount must be a non-negative USD amount with at most two decimals"));
            }
            if (record.month().isAfter(currentMonth)) {
                refusals.add(Refusal.invalid("REVENUE_MONTH_IN_FUTURE", field + ".month",
                        "Revenue of " + record.month() + " cannot be recorded before that month").with("month", record.month().toString()));
            }
            if (!seen.add(record.key())) {
                refusals.add(Refusal.invalid("REVENUE_RECORD_LISTED_TWICE", field,
                                record.month() + " " + record.category() + " " + record.role() + " is listed twice")
                        .with("month", record.month().toString()).with("category", record.category().name())
                        .with("role", record.role().name()));
            }
        }
        return Outcome.of(refusals);
    }
}
