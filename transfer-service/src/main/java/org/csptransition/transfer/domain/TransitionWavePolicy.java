package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.List;
import java.util.UUID;

/**
 * T13 What a transition wave asks for one customer: a single create (T3) of every one of the partner's listed
 * subscriptions of the customer that is a base, of a product type that moves this way and active (its add-ons join it by
 * T3). Everything else about the request (E6, the provider a partner of record, the MCA, T4's one active transfer) is
 * T3's to decide, with T3's codes. A customer with no such subscription is refused {@code NOTHING_TO_TRANSFER}.
 */
public final class TransitionWavePolicy {

    public static final String NOTHING_TO_TRANSFER = "NOTHING_TO_TRANSFER";
    /** A wave of customers the caller named: at most this many. */
    public static final int MAX_CUSTOMERS = 1_000;

    private TransitionWavePolicy() {
    }

    /** The subscriptions to request for the customer, in the order they were listed. */
    public static List<UUID> requested(List<Subscription> listed) {
        return listed.stream().filter(s -> !s.isAddOn() && s.productType().isTransferable() && s.isActive()).map(Subscription::id).toList();
    }

    public static Outcome check(UUID customerTenantId, List<UUID> requested) {
        return Outcome.refusedIf(requested.isEmpty(), Refusal.conflict(NOTHING_TO_TRANSFER,
                "The partner has no active Office 365 license-based or Azure pay-as-you-go subscription of customer " + customerTenantId
                        + " left to move").with("customerTenantId", customerTenantId));
    }
}
