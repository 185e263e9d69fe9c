package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.TrailingTwelveMonths;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** E2 revenue replies; amounts are strings with two decimals, as in the requests. */
public final class RevenueResponses {

    private RevenueResponses() {
    }

    public record Recorded(UUID tenantId, int recorded, int replaced) {
    }

    /** The trailing twelve months: the sum that counts, each month's part, and what was left out and why. */
    public record TrailingTwelveMonthsView(UUID tenantId, LocalDate asOf, YearMonth from, YearMonth to, String totalUsd,
                                           List<Month> months, List<Excluded> excluded) {

        static TrailingTwelveMonthsView of(UUID tenantId, TrailingTwelveMonths ttm) {
            return new TrailingTwelveMonthsView(tenantId, ttm.asOf(), ttm.from(), ttm.to(), ttm.totalUsd().toPlainString(),
                    ttm.months().stream().map(m -> new Month(m.month(), m.countedUsd().toPlainString())).toList(),
                    ttm.excluded().stream().map(e -> new Excluded(e.month(), e.category().name(), e.role().name(),
                            e.invoiceStatus().name(), e.amountUsd().toPlainString(), e.reason())).toList());
        }
    }

    public record Month(YearMonth month, String countedUsd) {
    }

    public record Excluded(YearMonth month, String category, String role, String invoiceStatus, String amountUsd, String reason) {
    }
}
