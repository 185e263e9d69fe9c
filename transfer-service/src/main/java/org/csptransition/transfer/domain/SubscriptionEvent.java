package org.csptransition.transfer.domain;

import java.time.Instant;
import java.util.UUID;

/** T6 What a move did to a {@link Subscription}; the application publishes each as its event type, with the transfer's parties. */
public sealed interface SubscriptionEvent {

    /** The original that the event is about. */
    UUID subscriptionId();

    /** The subscription moved: the provider owns {@code successorId}, with the request's quantity and the same offer. */
    record Transferred(UUID subscriptionId, UUID successorId, String offerId, String offerName, ProductType productType,
                       int quantity, String billingCycle, String azureSubscriptionId, Instant at) implements SubscriptionEvent {
    }

    /** A license-based original was suspended because it moved to {@code successorId}. */
    record Suspended(UUID subscriptionId, UUID successorId, String offerName, int quantity, Instant at) implements SubscriptionEvent {
    }
}
