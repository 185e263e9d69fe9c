package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.completed.v1}: every transfer group of an accepted request moved (T6): each line names the provider's
 * new subscription. {@code status} is {@code Complete}. Next the provider verifies (T8), then the partner (T9).
 */
public record TransferCompleted(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        String status,
        Instant acceptedAt,
        String acceptedBy,
        Instant completedAt,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
