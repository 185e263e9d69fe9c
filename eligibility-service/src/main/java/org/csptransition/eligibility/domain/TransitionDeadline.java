package org.csptransition.eligibility.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * E5 the deadline of a restricted direct-bill partner: the first day on which a capability review would escalate it to
 * SUSPENDED and to REVOKED under the configured escalation ({@link EscalationPolicy}: {@code suspendAfterDays} and
 * {@code revokeAfterDays} after the day of the restriction). A date the escalation does not set, or that can no longer
 * happen (already suspended; revoked before it would be suspended), is absent. The partner transitions (E6) and moves its
 * customers before these dates; escalation happens only when a review runs on or after them (the scheduled one or the
 * operator's).
 */
public record TransitionDeadline(ProgramStatus status, LocalDate restrictedOn, Optional<LocalDate> suspendsOn,
                                 Optional<LocalDate> revokesOn) {

    /** The deadline of a direct-bill program in {@code status} restricted on {@code restrictedOn}; none unless RESTRICTED or SUSPENDED. */
    public static Optional<TransitionDeadline> of(ProgramStatus status, LocalDate restrictedOn, EscalationPolicy escalation) {
        if (restrictedOn == null || (status != ProgramStatus.RESTRICTED && status != ProgramStatus.SUSPENDED)) {
            return Optional.empty();
        }
        Optional<LocalDate> revokes = escalation.revokeAfterDays().isPresent()
                ? Optional.of(restrictedOn.plusDays(escalation.revokeAfterDays().getAsInt())) : Optional.empty();
        Optional<LocalDate> suspends = status == ProgramStatus.RESTRICTED && escalation.suspendAfterDays().isPresent()
                ? Optional.of(restrictedOn.plusDays(escalation.suspendAfterDays().getAsInt())) : Optional.empty();
        // a revocation on or before the day of suspension comes first (EscalationPolicy checks it first): no suspension then
        if (suspends.isPresent() && revokes.isPresent() && !revokes.get().isAfter(suspends.get())) {
            suspends = Optional.empty();
        }
        return Optional.of(new TransitionDeadline(status, restrictedOn, suspends, revokes));
    }

    /** Days from {@code today} to the suspension (0 on its day, negative once past, while no review escalated yet). */
    public Optional<Long> daysUntilSuspension(LocalDate today) {
        return suspendsOn.map(day -> ChronoUnit.DAYS.between(today, day));
    }

    public Optional<Long> daysUntilRevocation(LocalDate today) {
        return revokesOn.map(day -> ChronoUnit.DAYS.between(today, day));
    }
}
