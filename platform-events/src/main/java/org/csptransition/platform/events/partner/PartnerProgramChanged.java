package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code partner.program.changed.v1}: the status of one program of a tenant changed (E4 approval, E5 capability review or
 * escalation, E6 completion). {@code previousStatus} is null for a program the tenant did not hold. {@code reasonCodes}
 * says why (for a restriction: the unmet requirement codes); {@code capabilityReviewId} names the review that did it.
 * Consumers enforce what the status blocks: RESTRICTED forbids new purchases, new customers and direct invitations,
 * never transfers. {@code suspendsOn} and {@code revokesOn} (E5, since the transition deadline) are the first days on which
 * a capability review would escalate a RESTRICTED or SUSPENDED direct-bill program to SUSPENDED and to REVOKED under the
 * deployment's escalation; absent when it sets none, or for any other change. Notification-service warns the partner
 * ahead of them.
 */
public record PartnerProgramChanged(
        UUID tenantId,
        String program,
        String previousStatus,
        String status,
        LocalDate since,
        List<String> reasonCodes,
        UUID capabilityReviewId,
        LocalDate suspendsOn,
        LocalDate revokesOn) implements EventPayload {

    /** A change without a deadline ahead (every change but a restriction or suspension under an escalation). */
    public PartnerProgramChanged(UUID tenantId, String program, String previousStatus, String status, LocalDate since,
                                 List<String> reasonCodes, UUID capabilityReviewId) {
        this(tenantId, program, previousStatus, status, since, reasonCodes, capabilityReviewId, null, null);
    }

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
