package org.csptransition.eligibility.domain;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.RequirementResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * E5 What a capability review does to one direct-bill partner: an ACTIVE partner that does not meet the policy in force
 * becomes RESTRICTED, naming the unmet requirement codes ({@code unmet} holds their results); with an escalation
 * configured, an older restriction becomes SUSPENDED or REVOKED, naming the escalation's reason. {@code partnerId} is
 * known for a restriction only (an escalation is decided from the program alone).
 */
public record CapabilityReviewChange(UUID tenantId, String partnerId, ProgramStatus previousStatus, ProgramStatus status,
                                     List<RequirementResult> unmet, List<String> reasonCodes) {

    /** E5: the restriction of an active direct-bill partner, when its evaluation under the policy in force is not eligible. */
    public static Optional<CapabilityReviewChange> restriction(UUID tenantId, String partnerId, EligibilityEvaluation evaluation) {
        if (evaluation.eligible()) {
            return Optional.empty();
        }
        List<RequirementResult> unmet = evaluation.unmetMinimums();
        return Optional.of(new CapabilityReviewChange(tenantId, partnerId, ProgramStatus.ACTIVE, ProgramStatus.RESTRICTED, unmet,
                unmet.stream().map(r -> r.code().name()).toList()));
    }

    /** E5: the escalation of a restricted (or suspended) direct-bill program as of {@code asOf}, if {@code escalation} escalates it. */
    public static Optional<CapabilityReviewChange> escalation(UUID tenantId, ProgramStatus status, LocalDate restrictedOn,
                                                              LocalDate asOf, EscalationPolicy escalation) {
        return escalation.escalate(status, restrictedOn, asOf).map(next -> new CapabilityReviewChange(tenantId, null, status, next,
                List.of(), List.of(EscalationPolicy.reasonFor(next))));
    }

    /**
     * The event of this change, made by the review {@code reviewId} as of {@code asOf}, with the transition deadline it
     * leaves under {@code escalation} (E5: the program was restricted on {@code restrictedOn}, which is {@code asOf} for a
     * restriction), so that the partner can be warned ahead of it.
     */
    public PartnerEvent.ProgramChanged event(LocalDate asOf, UUID reviewId, EscalationPolicy escalation, LocalDate restrictedOn) {
        PartnerEvent.ProgramChanged event = event(asOf, reviewId);
        return new PartnerEvent.ProgramChanged(event.tenantId(), event.change(), reviewId,
                TransitionDeadline.of(status, restrictedOn, escalation).orElse(null));
    }

    /** The event of this change, made by the review {@code reviewId} as of {@code asOf}. */
    public PartnerEvent.ProgramChanged event(LocalDate asOf, UUID reviewId) {
        return new PartnerEvent.ProgramChanged(tenantId, new ProgramChange(Program.DIRECT_BILL, previousStatus, status, asOf,
                reasonCodes), reviewId);
    }
}
