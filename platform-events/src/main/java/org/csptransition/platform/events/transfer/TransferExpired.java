package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code transfer.expired.v1}: nobody decided the request before {@code expirationTime} (T7); it has ended and its subscriptions are free again. */
public record TransferExpired(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        Instant expirationTime,
        Instant expiredAt,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
