package org.csptransition.transfer.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.transfer.domain.NewSubscription;
import org.csptransition.transfer.domain.ProductType;
import org.csptransition.transfer.domain.SubscriptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * Request bodies of the subscription endpoints (T1, T10). Enum values are matched regardless of case; an unknown one is a 400
 * naming the allowed values.
 */
public final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    /** T1: a subscription to import (operator, with its owner) or to buy (the owner itself). */
    public record NewSubscriptionRequest(
            @Schema(description = "Only on an operator import: the partner that owns it. A partner's purchase is owned by the caller's tenant.")
            UUID ownerPartnerTenantId,
            @NotBlank @Size(max = 100) @SingleLine @Schema(example = "031C9E47-4802-4248-838E-778FB1D2CC05") String offerId,
            @NotBlank @Size(max = 200) @SingleLine
            @Schema(description = "One line: it is named in the transfer e-mails", example = "Office 365 E3") String offerName,
            @NotNull ProductType productType,
            @NotNull @Min(1) @Max(1_000_000) @Schema(example = "25") Integer quantity,
            @NotBlank @Pattern(regexp = "(?i)monthly|annual|triennial|none|one_time", message = "must be one of monthly, annual, triennial, none, one_time")
            @Schema(example = "monthly") String billingCycle,
            @Schema(description = "For an add-on: its base subscription (same customer, same owner)") UUID baseSubscriptionId,
            @Size(max = 64) @SingleLine @Schema(description = "Azure subscriptions only; required for AZURE_PAYG (offer MS-AZR-0145P)",
                    example = "5f8c1e2a-93b4-4c7d-a1e6-0b2d3c4e5f60") String azureSubscriptionId) {

        NewSubscription toSpec() {
            return new NewSubscription(offerId.trim(), offerName.trim(), productType, quantity, billingCycle, baseSubscriptionId,
                    azureSubscriptionId);
        }
    }

    /** T1/T10: a seat change, a status change and/or the renewal setting, by the owner (R2: seats and renewal by the reseller). */
    public record SubscriptionChangeRequest(
            @Min(1) @Max(1_000_000) Integer quantity,
            @Schema(description = "ACTIVE (reactivate), SUSPENDED or DELETED; the owner only") SubscriptionStatus status,
            @Schema(description = "Whether it renews at the end of its term (R2: the reseller's renewals)") Boolean autoRenew) {
    }

    /** The customer and the body together: what an Idempotency-Key of a subscription create stands for. */
    record KeyedNewSubscription(UUID customerTenantId, NewSubscriptionRequest request) {
    }
}
