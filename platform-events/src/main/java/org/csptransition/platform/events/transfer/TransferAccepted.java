package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.accepted.v1}: the target provider accepted the request (T6); its transfer groups are processed in the
 * same moment, and {@code transfer.completed.v1}, {@code transfer.partially-completed.v1} or {@code transfer.failed.v1}
 * follows with the outcome of every line.
 */
public record TransferAccepted(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        Instant acceptedAt,
        String acceptedBy,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
