package org.csptransition.eligibility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** E5 A capability review that ran: when, by whom, how many partners it evaluated, restricted and escalated. */
public record PastCapabilityReview(UUID id, LocalDate asOf, String policyVersion, String requestedBy, Instant startedAt, Instant completedAt,
                                   int evaluated, int restricted, int escalated) {

    /** One partner's outcome of the review: its direct-bill status before and after, and why. */
    public record PartnerOutcome(UUID tenantId, String partnerId, String previousStatus, String status, List<String> reasonCodes) {
    }
}
