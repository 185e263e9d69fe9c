package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.created.v1}: a direct-bill partner (the source) asked an indirect provider (the target) to take over
 * subscriptions of one customer (T3). The request is {@code Active} until {@code expirationTime}; {@code partnerIdOnRecord}
 * is the source's PartnerID, recorded as partner of record. Each line keeps the quantity of the moment; add-ons
 * travel with their base. The provider is to accept or reject it.
 */
public record TransferCreated(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        String partnerIdOnRecord,
        Instant createdAt,
        String createdBy,
        Instant expirationTime,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
