package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code transfer.withdrawn.v1}: the source partner withdrew its {@code Active} request (T5); its subscriptions are free again. */
public record TransferWithdrawn(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        Instant withdrawnAt,
        String withdrawnBy,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
