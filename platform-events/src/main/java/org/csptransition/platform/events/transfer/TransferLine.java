package org.csptransition.platform.events.transfer;

import java.util.UUID;

/**
 * One subscription of a transfer request as the transfer events carry it: its offer, the quantity of the moment the request
 * was made, the line's {@code status} ({@code Pending}, {@code Complete} or {@code Failed}: a string, new values may appear),
 * the provider's new subscription once it moved, and why it failed if it did.
 */
public record TransferLine(
        UUID subscriptionId,
        String offerName,
        int quantity,
        String status,
        UUID newSubscriptionId,
        String errorCode,
        String errorDescription) {
}
