package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.rejected.v1}: the target provider rejected the request (T6); it has ended and its subscriptions are free
 * again. {@code reason} is what the provider wrote (may be null).
 */
public record TransferRejected(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        Instant rejectedAt,
        String rejectedBy,
        String reason,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
