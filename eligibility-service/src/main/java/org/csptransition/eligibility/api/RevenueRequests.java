package org.csptransition.eligibility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.csptransition.eligibility.domain.InvoiceStatus;
import org.csptransition.eligibility.domain.RevenueCategory;
import org.csptransition.eligibility.domain.RevenueRecord;
import org.csptransition.eligibility.domain.RevenueRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** E2: the operator's bulk revenue records, one per invoice. */
public final class RevenueRequests {

    /** An invoice id: 1–64 printable characters without spaces, commas or quotes (it is also a CSV field). */
    static final String INVOICE_ID = "[A-Za-z0-9._:/#-]{1,64}";

    private RevenueRequests() {
    }

    public record RecordRevenue(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Revenue> records) {

        List<RevenueRecord> toRecords() {
            return records.stream().map(Revenue::toRecord).toList();
        }
    }

    /**
     * One invoice: its id ({@code "INV-2020-09-0001"}), the month it bills ({@code "2020-09"}), the amount in USD
     * ({@code "25000.00"}), category, role, whether it was paid and on which day. Without an {@code invoiceId} the record
     * is the month's one invoice of its category and role (posting it again replaces it).
     */
    public record Revenue(@Schema(description = "The invoice's id; the same id posted again replaces the invoice. Absent: the month's one invoice of this category and role",
                                  example = "INV-2020-09-0001", maxLength = 64)
                          @Pattern(regexp = INVOICE_ID) String invoiceId,
                          @NotNull YearMonth month,
                          @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amountUsd,
                          @NotNull RevenueCategory category,
                          @NotNull InvoiceStatus invoiceStatus,
                          @NotNull RevenueRole role,
                          @Schema(description = "The day the invoice was paid (only for PAID); it counts for evaluations as of that day on. Absent on a paid invoice: paid on every day",
                                  example = "2020-10-15") LocalDate paidOn) {

        RevenueRecord toRecord() {
            String id = invoiceId == null ? RevenueRecord.monthlyInvoiceId(month, category, role) : invoiceId;
            return new RevenueRecord(id, month, amountUsd, category, invoiceStatus, role, paidOn);
        }
    }
}
