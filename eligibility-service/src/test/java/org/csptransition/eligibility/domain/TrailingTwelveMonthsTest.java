package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 trailing twelve months of revenue")
class TrailingTwelveMonthsTest {

    static RevenueRecord invoice(String id, String month, String usd, InvoiceStatus status, LocalDate paidOn) {
        return new RevenueRecord(id, YearMonth.parse(month), new BigDecimal(usd), RevenueCategory.CLOUD, status,
                RevenueRole.INDIRECT_RESELLER, paidOn);
    }

    static RevenueRecord paidCloud(String month, String usd) {
        return new RevenueRecord(YearMonth.parse(month), new BigDecimal(usd), RevenueCategory.CLOUD, InvoiceStatus.PAID,
                RevenueRole.INDIRECT_RESELLER);
    }

    @Nested
    @DisplayName("the window")
    class Window {

        @Test
        @DisplayName("is the twelve full months before the month of asOf, whatever its day")
        void twelveFullMonths() {
            assertThat(TrailingTwelveMonths.firstMonth(LocalDate.of(2021, 5, 1))).isEqualTo(YearMonth.of(2020, 5));
            assertThat(TrailingTwelveMonths.lastMonth(LocalDate.of(2021, 5, 31))).isEqualTo(YearMonth.of(2021, 4));
            assertThat(TrailingTwelveMonths.of(LocalDate.of(2021, 5, 17), List.of()).months()).hasSize(12);
        }

        @Test
        @DisplayName("a month drops out on the first day of the thirteenth month after it")
        void monthDropsOut() {
            List<RevenueRecord> records = List.of(paidCloud("2020-05", "100.00"), paidCloud("2021-04", "1.00"));
            assertThat(TrailingTwelveMonths.of(LocalDate.of(2021, 5, 31), records).totalUsd()).isEqualByComparingTo("101.00");
            assertThat(TrailingTwelveMonths.of(LocalDate.of(2021, 6, 1), records).totalUsd()).isEqualByComparingTo("1.00");
        }

        @Test
        @DisplayName("the month of asOf itself does not count yet")
        void currentMonthNotYet() {
            assertThat(TrailingTwelveMonths.of(LocalDate.of(2021, 5, 31), List.of(paidCloud("2021-05", "500.00"))).totalUsd())
                    .isEqualByComparingTo("0");
        }
    }

    @Nested
    @DisplayName("what counts")
    class WhatCounts {

        @Test
        @DisplayName("E2 REVENUE only paid cloud revenue as indirect reseller counts; perpetual software, direct-bill revenue and unpaid invoices are excluded with the reason")
        void exclusions() {
            List<RevenueRecord> records = List.of(
                    paidCloud("2020-09", "25000.00"),
                    new RevenueRecord(YearMonth.of(2020, 9), new BigDecimal("5000.00"), RevenueCategory.CLOUD, InvoiceStatus.PAID, RevenueRole.DIRECT_BILL),
                    new RevenueRecord(YearMonth.of(2020, 10), new BigDecimal("90000.00"), RevenueCategory.PERPETUAL_SOFTWARE, InvoiceStatus.PAID, RevenueRole.INDIRECT_RESELLER),
                    new RevenueRecord(YearMonth.of(2020, 11), new BigDecimal("70000.00"), RevenueCategory.CLOUD, InvoiceStatus.UNPAID, RevenueRole.INDIRECT_RESELLER));

            TrailingTwelveMonths ttm = TrailingTwelveMonths.of(LocalDate.of(2021, 5, 1), records);

            assertThat(ttm.totalUsd()).isEqualByComparingTo("25000.00");
            assertThat(ttm.months()).filteredOn(m -> m.month().equals(YearMonth.of(2020, 9)))
                    .singleElement().satisfies(m -> assertThat(m.countedUsd()).isEqualByComparingTo("25000.00"));
            assertThat(ttm.counted()).singleElement().satisfies(r -> assertThat(r.amountUsd()).isEqualByComparingTo("25000.00"));
            assertThat(ttm.excluded()).extracting(TrailingTwelveMonths.Excluded::reason)
                    .containsExactly(TrailingTwelveMonths.NOT_AS_INDIRECT_RESELLER, TrailingTwelveMonths.PERPETUAL_SOFTWARE,
                            TrailingTwelveMonths.INVOICE_UNPAID);
        }

        @Test
        @DisplayName("E2 REVENUE a month with a paid and an unpaid invoice counts the paid one and lists the unpaid one")
        void paidAndUnpaidInOneMonth() {
            List<RevenueRecord> records = List.of(
                    invoice("INV-1", "2020-09", "25000.00", InvoiceStatus.PAID, LocalDate.of(2020, 10, 5)),
                    invoice("INV-2", "2020-09", "4000.00", InvoiceStatus.UNPAID, null),
                    invoice("INV-3", "2020-09", "1000.00", InvoiceStatus.PAID, LocalDate.of(2020, 10, 20)));

            TrailingTwelveMonths ttm = TrailingTwelveMonths.of(LocalDate.of(2021, 5, 1), records);

            assertThat(ttm.totalUsd()).isEqualByComparingTo("26000.00");
            assertThat(ttm.counted()).extracting(RevenueRecord::invoiceId).containsExactly("INV-1", "INV-3");
            assertThat(ttm.excluded()).singleElement().satisfies(e -> {
                assertThat(e.record().invoiceId()).isEqualTo("INV-2");
                assertThat(e.reason()).isEqualTo(TrailingTwelveMonths.INVOICE_UNPAID);
            });
        }

        @Test
        @DisplayName("E2 REVENUE an invoice paid after the as-of date does not count as of that date, and does from the day it was paid")
        void paidAfterAsOf() {
            List<RevenueRecord> records = List.of(invoice("INV-9", "2021-03", "9000.00", InvoiceStatus.PAID, LocalDate.of(2021, 5, 12)));

            TrailingTwelveMonths before = TrailingTwelveMonths.of(LocalDate.of(2021, 5, 11), records);
            TrailingTwelveMonths on = TrailingTwelveMonths.of(LocalDate.of(2021, 5, 12), records);

            assertThat(before.totalUsd()).isEqualByComparingTo("0");
            assertThat(before.excluded()).extracting(TrailingTwelveMonths.Excluded::reason)
                    .containsExactly(TrailingTwelveMonths.INVOICE_PAID_AFTER_AS_OF);
            assertThat(on.totalUsd()).isEqualByComparingTo("9000.00");
        }

        @Test
        @DisplayName("perpetual software is excluded as such even when unpaid")
        void perpetualFirst() {
            RevenueRecord record = new RevenueRecord(YearMonth.of(2020, 10), BigDecimal.ONE, RevenueCategory.PERPETUAL_SOFTWARE,
                    InvoiceStatus.UNPAID, RevenueRole.INDIRECT_RESELLER);
            assertThat(TrailingTwelveMonths.exclusionOf(record, LocalDate.of(2021, 5, 1))).contains(TrailingTwelveMonths.PERPETUAL_SOFTWARE);
        }
    }

    @Nested
    @DisplayName("E2 revenue records")
    class Records {

        @Test
        @DisplayName("E2 refuse a future month, more than two decimals and the same invoice twice, naming each record")
        void refusals() {
            List<Refusal> refusals = RevenueRecord.check(List.of(paidCloud("2021-06", "1.00"), paidCloud("2021-04", "1.005"),
                    paidCloud("2021-04", "2.00")), LocalDate.of(2021, 5, 10)).refusals();
            assertThat(refusals).extracting(Refusal::code)
                    .containsExactly("REVENUE_MONTH_IN_FUTURE", "REVENUE_AMOUNT_INVALID", "REVENUE_RECORD_LISTED_TWICE");
            assertThat(refusals).extracting(Refusal::field)
                    .containsExactly("records[0].month", "records[1].amountUsd", "records[2]");
            assertThat(RevenueRecord.check(List.of(paidCloud("2021-05", "1.00")), LocalDate.of(2021, 5, 10)).isAllowed()).isTrue();
        }
    }
}
