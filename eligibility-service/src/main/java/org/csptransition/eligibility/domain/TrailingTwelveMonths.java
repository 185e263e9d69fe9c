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
 * 2020-05 to 2021-04). Only cloud revenue earned as an indirect reseller on invoices paid by the as-of date counts; every
 * invoice of the window is listed, either under {@code counted} or under {@code excluded} with the reason
 * ({@code PERPETUAL_SOFTWARE}, {@code NOT_AS_INDIRECT_RESELLER}, {@code INVOICE_UNPAID}, {@code INVOICE_PAID_AFTER_AS_OF}).
 * The capability review computes the same sum in SQL ({@code CapabilityReviewRepository}).
 */
public record TrailingTwelveMonths(LocalDate asOf, YearMonth from, YearMonth to, BigDecimal totalUsd,
                                   List<MonthTotal> months, List<RevenueRecord> counted, List<Excluded> excluded) {

    public static final String PERPETUAL_SOFTWARE = "PERPETUAL_SOFTWARE";
    public static final String NOT_AS_INDIRECT_RESELLER = "NOT_AS_INDIRECT_RESELLER";
    public static final String INVOICE_UNPAID = "INVOICE_UNPAID";
    public static final String INVOICE_PAID_AFTER_AS_OF = "INVOICE_PAID_AFTER_AS_OF";

    public record MonthTotal(YearMonth month, BigDecimal countedUsd) {
    }

    /** An invoice of the window that does not count, and why. */
    public record Excluded(RevenueRecord record, String reason) {
    }

    public static YearMonth firstMonth(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(12);
    }

    public static YearMonth lastMonth(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(1);
    }

    /**
     * Why an invoice does not count as of {@code asOf}, or empty when it does: perpetual software first, then revenue not
     * earned as an indirect reseller, then an invoice unpaid, or paid only after {@code asOf}.
     */
    public static Optional<String> exclusionOf(RevenueRecord record, LocalDate asOf) {
        if (record.category() == RevenueCategory.PERPETUAL_SOFTWARE) {
            return Optional.of(PERPETUAL_SOFTWARE);
        }
        if (record.role() != RevenueRole.INDIRECT_RESELLER) {
            return Optional.of(NOT_AS_INDIRECT_RESELLER);
        }
        if (record.invoiceStatus() != InvoiceStatus.PAID) {
            return Optional.of(INVOICE_UNPAID);
        }
        if (!record.paidOn(asOf)) {
            return Optional.of(INVOICE_PAID_AFTER_AS_OF);
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
        List<RevenueRecord> counted = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (RevenueRecord record : records) {
            if (!perMonth.containsKey(record.month())) {
                continue;
            }
            Optional<String> exclusion = exclusionOf(record, asOf);
            if (exclusion.isPresent()) {
                excluded.add(new Excluded(record, exclusion.get()));
            } else {
                counted.add(record);
                perMonth.merge(record.month(), record.amountUsd(), BigDecimal::add);
            }
        }
        Comparator<RevenueRecord> order = Comparator.comparing(RevenueRecord::month).thenComparing(RevenueRecord::category)
                .thenComparing(RevenueRecord::role).thenComparing(RevenueRecord::invoiceId);
        counted.sort(order);
        excluded.sort(Comparator.comparing(Excluded::record, order));
        BigDecimal total = perMonth.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<MonthTotal> months = perMonth.entrySet().stream().map(e -> new MonthTotal(e.getKey(), e.getValue())).toList();
        return new TrailingTwelveMonths(asOf, from, to, total, months, List.copyOf(counted), List.copyOf(excluded));
    }
}
