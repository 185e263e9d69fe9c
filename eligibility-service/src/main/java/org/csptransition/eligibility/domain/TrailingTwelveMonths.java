package org.csptransition.eligibility.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * E2 trailing twelve months: the twelve full months before the month of the as-of date (as of 2021-05-01 or 2021-05-31:
 * 2020-05 to 2021-04). Only paid cloud revenue counts, in either role; perpetual software and unpaid invoices are
 * listed as excluded with the reason. The capability review computes the same sum in SQL ({@code CapabilityReviewRepository}).
 */
public record TrailingTwelveMonths(LocalDate asOf, YearMonth from, YearMonth to, BigDecimal totalUsd,
                                   List<MonthTotal> months, List<Excluded> excluded) {

    public static final String PERPETUAL_SOFTWARE = "PERPETUAL_SOFTWARE";
    public static final String INVOICE_UNPAID = "INVOICE_UNPAID";

    public record MonthTotal(YearMonth month, BigDecimal countedUsd) {
    }

    public record Excluded(YearMonth month, RevenueCategory category, RevenueRole role, InvoiceStatus invoiceStatus,
                           BigDecimal amountUsd, String reason) {
    }

    public static YearMonth firstMonth(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(12);
    }

    public static YearMonth lastMonth(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(1);
    }

    /** Why a record does not count, or empty when it does: perpetual software first, then an unpaid invoice. */
    public static Optional<String> exclusionOf(RevenueRecord record) {
        if (record.category() == RevenueCategory.PERPETUAL_SOFTWARE) {
            return Optional.of(PERPETUAL_SOFTWARE);
        }
        if (record.invoiceStatus() != InvoiceStatus.PAID) {
            return Optional.of(INVOICE_UNPAID);
        }
        return Optional.empty();
    }

    /** The sum over the window of {@code asOf}; records outside the window are ignored. */
    public static TrailingTwelveMonths of(LocalDate asOf, List<RevenueRecord> records) {
        YearMonth from = firstMonth(asOf);
        YearMonth to = lastMonth(asOf);
        Map<YearMonth, BigDecimal> perMonth = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            perMonth.put(m, BigDecimal.ZERO.setScale(2));
        }
        List<Excluded> excluded = new ArrayList<>();
        for (RevenueRecord record : records) {
            if (!perMonth.containsKey(record.month())) {
                continue;
            }
            Optional<String> exclusion = exclusionOf(record);
            if (exclusion.isPresent()) {
                excluded.add(new Excluded(record.month(), record.category(), record.role(), record.invoiceStatus(),
                        record.amountUsd(), exclusion.get()));
            } else {
                perMonth.merge(record.month(), record.amountUsd(), BigDecimal::add);
            }
        }
        excluded.sort(Comparator.comparing(Excluded::month).thenComparing(Excluded::category).thenComparing(Excluded::role));
        BigDecimal total = perMonth.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<MonthTotal> months = perMonth.entrySet().stream().map(e -> new MonthTotal(e.getKey(), e.getValue())).toList();
        return new TrailingTwelveMonths(asOf, from, to, total, months, List.copyOf(excluded));
    }
}
