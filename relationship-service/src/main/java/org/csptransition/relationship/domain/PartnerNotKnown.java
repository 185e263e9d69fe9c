package org.csptransition.relationship.domain;

import java.util.UUID;

/**
 * The read model has not learnt a partner yet: its events may still be on their way. Answered with a clear, retryable
 * refusal, never with a wrong "yes" (architecture: a precondition on a read model that is behind).
 */
public final class PartnerNotKnown {

    public static final String CODE = "PARTNER_NOT_KNOWN";

    private PartnerNotKnown() {
    }

    public static RefusedException of(UUID tenantId) {
        return new RefusedException(Refusal.conflict(CODE, "Partner tenant " + tenantId
                + " is not known to relationship-service yet; if it was registered just now, retry shortly"));
    }
}
