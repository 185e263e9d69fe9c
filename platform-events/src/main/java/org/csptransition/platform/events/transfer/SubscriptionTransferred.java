package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code subscription.transferred.v1}: one subscription of an accepted request moved (T6): the provider now owns
 * {@code newSubscriptionId} with the snapshot {@code quantity}; an Azure one keeps its {@code azureSubscriptionId}.
 * Keyed by the transfer id, so it stays in order with the transfer's other events. Strings: new values may appear.
 */
public record SubscriptionTransferred(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        UUID subscriptionId,
        UUID newSubscriptionId,
        UUID transferGroupId,
        String offerId,
        String offerName,
        String productType,
        int quantity,
        String billingCycle,
        String azureSubscriptionId,
        Instant transferredAt) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
