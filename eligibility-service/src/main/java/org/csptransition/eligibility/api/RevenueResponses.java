package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.RevenueRecord;
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

    /** The trailing twelve months: the sum that counts, each month's part, every invoice that counted, and what was left out and why. */
    public record TrailingTwelveMonthsView(UUID tenantId, LocalDate asOf, YearMonth from, YearMonth to, String totalUsd,
                                           List<Month> months, List<Invoice> counted, List<Excluded> excluded) {

        static TrailingTwelveMonthsView of(UUID tenantId, TrailingTwelveMonths ttm) {
            return new TrailingTwelveMonthsView(tenantId, ttm.asOf(), ttm.from(), ttm.to(), ttm.totalUsd().toPlainString(),
                    ttm.months().stream().map(m -> new Month(m.month(), m.countedUsd().toPlainString())).toList(),
                    ttm.counted().stream().map(Invoice::of).toList(),
                    ttm.excluded().stream().map(e -> Excluded.of(e.record(), e.reason())).toList());
        }
    }

    public record Month(YearMonth month, String countedUsd) {
    }

    /** An invoice that counted; {@code paidOn} is absent for an invoice loaded without its paid date. */
    public record Invoice(String invoiceId, YearMonth month, String category, String role, String invoiceStatus, String amountUsd,
                          LocalDate paidOn) {

        static Invoice of(RevenueRecord r) {
            return new Invoice(r.invoiceId(), r.month(), r.category().name(), r.role().name(), r.invoiceStatus().name(),
                    r.amountUsd().toPlainString(), r.paidOn());
        }
    }

    /** An invoice that did not count: {@code PERPETUAL_SOFTWARE}, {@code NOT_AS_INDIRECT_RESELLER}, {@code INVOICE_UNPAID} or {@code INVOICE_PAID_AFTER_AS_OF}. */
    public record Excluded(String invoiceId, YearMonth month, String category, String role, String invoiceStatus, String amountUsd,
                           LocalDate paidOn, String reason) {

        static Excluded of(RevenueRecord r, String reason) {
            return new Excluded(r.invoiceId(), r.month(), r.category().name(), r.role().name(), r.invoiceStatus().name(),
                    r.amountUsd().toPlainString(), r.paidOn(), reason);
        }
    }
}
