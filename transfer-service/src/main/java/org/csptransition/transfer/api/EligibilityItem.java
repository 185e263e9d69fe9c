package org.csptransition.transfer.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.csptransition.transfer.domain.Eligibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** T2 One subscription's transfer eligibility: a stable reason code and a readable reason when it is not eligible. */
@Schema(name = "TransferEligibility")
public record EligibilityItem(
        UUID id,
        @JsonProperty("isEligible") boolean isEligible,
        @Schema(description = "PRODUCT_TYPE_NOT_TRANSFERABLE, SUBSCRIPTION_NOT_ACTIVE, TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER, "
                + "ADDON_TRAVELS_WITH_BASE, INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED (new codes may appear)") String reasonCode,
        String reason,
        @Schema(description = "The active transfer that holds the subscription, when that is the reason") UUID transferId) {

    static EligibilityItem of(Eligibility e) {
        return new EligibilityItem(e.subscriptionId(), e.eligible(), e.reasonCode(), e.reason(), e.transferId());
    }
}
