package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.LocalDate;
import java.util.UUID;

/** {@code indirectreseller.enrollment.submitted.v1}: a GlobalAdmin applied to become indirect reseller (E6); the operator decides by {@code approvalDueBy}. */
public record IndirectResellerEnrollmentSubmitted(UUID tenantId, UUID enrollmentId, LocalDate approvalDueBy)
        implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
