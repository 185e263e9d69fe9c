package org.csptransition.transfer.domain;

import java.util.UUID;

/**
 * T2 Whether one subscription can be transferred now, and if not, a stable reason code, a readable reason, and the active
 * transfer that holds it (when that is the reason).
 */
public record Eligibility(UUID subscriptionId, boolean eligible, String reasonCode, String reason, UUID transferId,
                          Refusal.Kind kind) {

    public static Eligibility eligible(UUID subscriptionId) {
        return new Eligibility(subscriptionId, true, null, null, null, null);
    }

    static Eligibility not(UUID subscriptionId, Refusal.Kind kind, String code, String reason) {
        return new Eligibility(subscriptionId, false, code, reason, null, kind);
    }

    /** The refusal a transfer request including this subscription gets (T3), about the request field {@code field}. */
    public Refusal toRefusal(String field) {
        Refusal refusal = new Refusal(reasonCode, reason, field, kind, null).with("subscriptionId", subscriptionId);
        return transferId == null ? refusal : refusal.with("transferId", transferId);
    }
}
