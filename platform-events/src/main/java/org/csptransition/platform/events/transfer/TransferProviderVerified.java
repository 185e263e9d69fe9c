package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.provider-verified.v1}: step 3 (T8): the provider confirmed, and the suite checked, that the new
 * subscriptions are listed under it. The partner is to verify next (step 4).
 */
public record TransferProviderVerified(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        Instant verifiedAt,
        String verifiedBy,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
