package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T6 A transfer group moves whole or not at all, and fails alone: a group one of whose source subscriptions changed since
 * the request was made (no longer there, no longer the source's, suspended or deleted) fails with
 * {@code SOURCE_SUBSCRIPTION_CHANGED} on that line and {@code TRANSFER_GROUP_FAILED} on the others of its group; the other
 * groups still move. A seat change is not such a change (T10): the group moves with the quantity of the request.
 */
public final class GroupTransferPolicy {

    public static final String SOURCE_CHANGED = "SOURCE_SUBSCRIPTION_CHANGED";
    public static final String GROUP_FAILED = "TRANSFER_GROUP_FAILED";

    private GroupTransferPolicy() {
    }

    /**
     * Allowed when the group may move; otherwise refused with the first subscription that changed ({@code subscriptionId}
     * in the context) and what happened to it.
     *
     * @param group   the group's pending lines
     * @param current the source subscriptions as they are now, by id (locked by the caller)
     */
    public static Outcome check(List<TransferLine> group, Map<UUID, Subscription> current, UUID source) {
        for (TransferLine line : group) {
            Subscription now = current.get(line.subscriptionId());
            if (now == null) {
                return changed(line, "no longer exists");
            }
            if (!now.isOwnedBy(source) || now.transferredToSubscriptionId().isPresent()) {
                return changed(line, "no longer belongs to the source partner");
            }
            if (!now.isActive()) {
                return changed(line, "is " + now.status() + " since the request was made");
            }
        }
        return Outcome.allowed();
    }

    /** The subscription a refusal of {@link #check} names. */
    public static UUID changedSubscription(Refusal refusal) {
        return (UUID) refusal.context().get("subscriptionId");
    }

    private static Outcome changed(TransferLine line, String what) {
        return Refusal.conflict(SOURCE_CHANGED, "The source subscription " + what
                        + "; create a new request for it if it should still move")
                .with("subscriptionId", line.subscriptionId()).outcome();
    }
}
