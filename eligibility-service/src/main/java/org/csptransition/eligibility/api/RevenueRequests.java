package org.csptransition.eligibility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.csptransition.eligibility.domain.InvoiceStatus;
import org.csptransition.eligibility.domain.RevenueCategory;
import org.csptransition.eligibility.domain.RevenueRecord;
import org.csptransition.eligibility.domain.RevenueRole;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** E2: the operator's bulk monthly revenue records. */
public final class RevenueRequests {

    private RevenueRequests() {
    }

    public record RecordRevenue(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Revenue> records) {

        List<RevenueRecord> toRecords() {
            return records.stream().map(r -> new RevenueRecord(r.month(), r.amountUsd(), r.category(), r.invoiceStatus(), r.role())).toList();
        }
    }

    /** One month ({@code "2020-09"}) in USD ({@code "25000.00"}) of one category, invoice status and role. */
    public record Revenue(@NotNull YearMonth month,
                          @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amountUsd,
                          @NotNull RevenueCategory category,
                          @NotNull InvoiceStatus invoiceStatus,
                          @NotNull RevenueRole role) {
    }
}
