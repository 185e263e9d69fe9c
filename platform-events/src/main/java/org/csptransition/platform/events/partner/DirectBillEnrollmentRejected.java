package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.util.UUID;

/** {@code directbill.enrollment.rejected.v1}: a direct-bill application was rejected (E4), with a stable reason code and the operator's reason. */
public record DirectBillEnrollmentRejected(UUID tenantId, UUID enrollmentId, String reasonCode, String reason)
        implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
