package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.util.UUID;

/**
 * {@code directbill.supportplan.recorded.v1}: a partner recorded its support plan, {@code ASFP} or {@code PSFP} (E2 SUPPORT, E4).
 * {@code enrollmentId} is the application it completes, or null for a partner that already held direct bill.
 */
public record DirectBillSupportPlanRecorded(UUID tenantId, UUID enrollmentId, String plan) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
