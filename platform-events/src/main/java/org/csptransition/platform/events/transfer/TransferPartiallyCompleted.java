package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.partially-completed.v1}: some transfer groups of an accepted request moved and some failed (T6), each
 * failed line with its {@code errorCode} and {@code errorDescription}. {@code status} is {@code PartiallyComplete}.
 */
public record TransferPartiallyCompleted(
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
