package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** {@code directbill.enrollment.approved.v1}: a direct-bill application is approved (E4); the tenant's DIRECT_BILL program is active. */
public record DirectBillEnrollmentApproved(UUID tenantId, UUID enrollmentId, Instant approvedAt) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
