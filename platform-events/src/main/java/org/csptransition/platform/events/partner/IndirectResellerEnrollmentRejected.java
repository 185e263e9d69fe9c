package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.util.UUID;

/** {@code indirectreseller.enrollment.rejected.v1}: the operator rejected an indirect-reseller application (E6), with the reason. */
public record IndirectResellerEnrollmentRejected(UUID tenantId, UUID enrollmentId, String reason) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
