package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** {@code directbill.creditcheck.passed.v1}: the operator passed the credit check of a direct-bill application (E3); the partner may now buy a support plan. */
public record DirectBillCreditCheckPassed(UUID tenantId, UUID enrollmentId, Instant decidedAt) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
