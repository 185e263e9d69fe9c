package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code transfer.partner-verified.v1}: step 4 (T9): the partner confirmed, and the suite checked, that the request is
 * complete and its originals are no longer active. The request is closed.
 */
public record TransferPartnerVerified(
        UUID transferId,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        Instant verifiedAt,
        String verifiedBy,
        Instant providerVerifiedAt,
        String providerVerifiedBy,
        List<TransferLine> lines) implements EventPayload {

    @Override
    public String subject() {
        return transferId.toString();
    }
}
