package org.csptransition.transfer.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.csptransition.platform.http.Messages;
import org.csptransition.transfer.domain.Eligibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;
import java.util.UUID;

/**
 * T2 One subscription's transfer eligibility: a stable reason code and a readable reason, in the caller's language, when
 * it is not eligible.
 */
@Schema(name = "TransferEligibility")
public record EligibilityItem(
        UUID id,
        @JsonProperty("isEligible") boolean isEligible,
        @Schema(description = "PRODUCT_TYPE_NOT_TRANSFERABLE, SUBSCRIPTION_NOT_ACTIVE, TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER, "
                + "ADDON_TRAVELS_WITH_BASE, INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED (new codes may appear)") String reasonCode,
        @Schema(description = "In the caller's language (Accept-Language: en, sv, nl, fr)") String reason,
        @Schema(description = "The active transfer that holds the subscription, when that is the reason") UUID transferId) {

    static EligibilityItem of(Eligibility e, Messages messages, Locale locale) {
        String reason = e.eligible() ? null : messages.format(locale, e.reasonCode(), e.refusal().context(), e.reason());
        return new EligibilityItem(e.subscriptionId(), e.eligible(), e.reasonCode(), reason, e.transferId());
    }
}
