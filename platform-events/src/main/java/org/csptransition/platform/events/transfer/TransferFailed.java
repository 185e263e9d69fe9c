package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.failed.v1}: no transfer group of an accepted request could move (T6), each line with its
 * {@code errorCode} and {@code errorDescription}; the source keeps its subscriptions. {@code status} is {@code Failed}.
 */
public record TransferFailed(
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
