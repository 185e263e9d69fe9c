package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** {@code directbill.creditcheck.failed.v1}: the operator failed the credit check of a direct-bill application (E3), with the reason. */
public record DirectBillCreditCheckFailed(UUID tenantId, UUID enrollmentId, String reason, Instant decidedAt)
        implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
