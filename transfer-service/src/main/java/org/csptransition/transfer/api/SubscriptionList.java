package org.csptransition.transfer.api;

import java.util.List;

/** The owner's subscriptions of one customer, shaped as Partner Center's collections ({@code totalCount}, {@code items}). */
public record SubscriptionList(int totalCount, List<SubscriptionResponse> items) {

    static SubscriptionList of(List<SubscriptionResponse> items) {
        return new SubscriptionList(items.size(), items);
    }
}
