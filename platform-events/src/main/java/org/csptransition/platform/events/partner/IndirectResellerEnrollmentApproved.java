package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.util.UUID;

/** {@code indirectreseller.enrollment.approved.v1}: the operator approved an indirect-reseller application (E6); the GlobalAdmin may now accept the agreement. */
public record IndirectResellerEnrollmentApproved(UUID tenantId, UUID enrollmentId) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
