package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code subscription.suspended.v1}: the source partner's original license-based subscription was suspended because it
 * moved to the provider (T6); {@code newSubscriptionId} is its successor. Keyed by the transfer id.
 */
public record SubscriptionSuspended(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        UUID subscriptionId,
        UUID newSubscriptionId,
        String offerName,
        int quantity,
        String reasonCode,
        Instant suspendedAt) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
