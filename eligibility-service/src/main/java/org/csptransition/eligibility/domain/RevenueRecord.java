package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * E2 revenue, one invoice of a partner: its id, the month it bills, the amount in USD, its category and role, whether it
 * was paid and on which day. The invoice id identifies it: posting the same invoice again replaces it, so an invoice
 * is never counted twice, and a month holds as many invoices as it has, paid and unpaid side by side. A record posted
 * without an id (the monthly form of the first API) is the month's one invoice of its category and role
 * ({@link #monthlyInvoiceId}).
 */
public record RevenueRecord(String invoiceId, YearMonth month, BigDecimal amountUsd, RevenueCategory category,
                            InvoiceStatus invoiceStatus, RevenueRole role, LocalDate paidOn) {

    /** A monthly record without an invoice id or paid date: the month's one invoice of this category and role. */
    public RevenueRecord(YearMonth month, BigDecimal amountUsd, RevenueCategory category, InvoiceStatus invoiceStatus,
                         RevenueRole role) {
        this(monthlyInvoiceId(month, category, role), month, amountUsd, category, invoiceStatus, role, null);
    }

    /** The id a record without one gets, {@code 2020-09/CLOUD/INDIRECT_RESELLER}: a month, category and role replace each other. */
    public static String monthlyInvoiceId(YearMonth month, RevenueCategory category, RevenueRole role) {
        return month + "/" + category + "/" + role;
    }

    /**
     * Whether the invoice was paid on {@code asOf}: paid, and paid on or before that day. A paid invoice without a paid
     * date (loaded before paid dates were kept) counts as paid on every day.
     */
    public boolean paidOn(LocalDate asOf) {
        return invoiceStatus == InvoiceStatus.PAID && (paidOn == null || !paidOn.isAfter(asOf));
    }

    /**
     * E2 revenue records: amounts in USD with at most two decimals and not negative, no month after the current one, a
     * paid date only on a paid invoice and never after today, and each invoice at most once per posting. Every problem at
     * once, each naming its record.
     */
    public static Outcome check(List<RevenueRecord> records, LocalDate today) {
        YearMonth currentMonth = YearMonth.from(today);
        List<Refusal> refusals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
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
            if (record.paidOn() != null && record.invoiceStatus() != InvoiceStatus.PAID) {
                refusals.add(Refusal.invalid("REVENUE_PAID_ON_UNPAID_INVOICE", field + ".paidOn",
                                "Invoice " + record.invoiceId() + " is unpaid and cannot have a paid date")
                        .with("invoiceId", record.invoiceId()));
            }
            if (record.paidOn() != null && record.paidOn().isAfter(today)) {
                refusals.add(Refusal.invalid("REVENUE_PAID_ON_IN_FUTURE", field + ".paidOn",
                                "Invoice " + record.invoiceId() + " cannot be paid on " + record.paidOn() + ", after today")
                        .with("invoiceId", record.invoiceId()).with("paidOn", record.paidOn().toString()));
            }
            if (!seen.add(record.invoiceId())) {
                refusals.add(Refusal.invalid("REVENUE_RECORD_LISTED_TWICE", field,
                                "Invoice " + record.invoiceId() + " is listed twice")
                        .with("invoiceId", record.invoiceId()));
            }
        }
        return Outcome.of(refusals);
    }
}
