package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.Map;
import java.util.UUID;

/**
 * T4 One active transfer per subscription, also under concurrent requests: a request for a subscription that another
 * {@code Active} (or processing) request holds is refused with {@code TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER}, naming
 * that request. The database enforces it (a primary key on the subscription in {@code active_transfer_subscription}),
 * so two concurrent requests yield exactly one transfer; withdrawn, rejected, expired and processed requests free their
 * subscriptions.
 */
public final class OneActiveTransferPerSubscription {

    public static final String CODE = "TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER";

    private OneActiveTransferPerSubscription() {
    }

    public static Refusal refusal(UUID subscriptionId, UUID holdingTransferId) {
        return Refusal.conflict(CODE, "Subscription " + subscriptionId + " is already in active transfer " + holdingTransferId
                        + "; withdraw that one first or wait for it to end")
                .with("transferId", holdingTransferId).with("subscriptionId", subscriptionId);
    }

    /** @param held the subscriptions another active transfer holds, each with that transfer (what a claim could not take) */
    public static Outcome check(Map<UUID, UUID> held) {
        return Outcome.of(held.entrySet().stream().map(h -> refusal(h.getKey(), h.getValue())).toList());
    }
}
