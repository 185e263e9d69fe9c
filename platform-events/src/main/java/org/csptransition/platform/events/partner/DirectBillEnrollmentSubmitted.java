package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** {@code directbill.enrollment.submitted.v1}: a partner applied for direct bill (E4); it is under review and its credit check runs. */
public record DirectBillEnrollmentSubmitted(UUID tenantId, UUID enrollmentId, String policyVersion, Instant submittedAt)
        implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
