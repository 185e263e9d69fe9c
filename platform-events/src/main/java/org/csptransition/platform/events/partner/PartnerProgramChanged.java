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
 * never transfers.
 */
public record PartnerProgramChanged(
        UUID tenantId,
        String program,
        String previousStatus,
        String status,
        LocalDate since,
        List<String> reasonCodes,
        UUID capabilityReviewId) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
