package org.csptransition.eligibility.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * E5 escalation (off by default): a direct-bill program still RESTRICTED {@code suspendAfterDays} after its restriction
 * becomes SUSPENDED, and RESTRICTED or SUSPENDED {@code revokeAfterDays} after it becomes REVOKED. Both count from the
 * day of the restriction; an unset number never escalates.
 */
public record EscalationPolicy(OptionalInt suspendAfterDays, OptionalInt revokeAfterDays) {

    public static final String SUSPENDED_AFTER_DAYS = "ESCALATION_SUSPEND_AFTER_DAYS";
    public static final String REVOKED_AFTER_DAYS = "ESCALATION_REVOKE_AFTER_DAYS";

    public boolean enabled() {
        return suspendAfterDays.isPresent() || revokeAfterDays.isPresent();
    }

    /** The status a restricted or suspended program reaches on {@code asOf}, if it changes. */
    public Optional<ProgramStatus> escalate(ProgramStatus status, LocalDate restrictedOn, LocalDate asOf) {
        if (restrictedOn == null || (status != ProgramStatus.RESTRICTED && status != ProgramStatus.SUSPENDED)) {
            return Optional.empty();
        }
        if (revokeAfterDays.isPresent() && !asOf.isBefore(restrictedOn.plusDays(revokeAfterDays.getAsInt()))) {
            return Optional.of(ProgramStatus.REVOKED);
        }
        if (status == ProgramStatus.RESTRICTED && suspendAfterDays.isPresent()
                && !asOf.isBefore(restrictedOn.plusDays(suspendAfterDays.getAsInt()))) {
            return Optional.of(ProgramStatus.SUSPENDED);
        }
        return Optional.empty();
    }

    /**
     * E5: the day a program restricted on {@code restrictedOn} becomes SUSPENDED if it is still RESTRICTED then; empty when
     * it is not RESTRICTED or suspension is not configured. The operator's queue of restricted partners shows it.
     */
    public Optional<LocalDate> suspendsOn(ProgramStatus status, LocalDate restrictedOn) {
        if (restrictedOn == null || status != ProgramStatus.RESTRICTED || suspendAfterDays.isEmpty()) {
            return Optional.empty();
        }
        LocalDate suspends = restrictedOn.plusDays(suspendAfterDays.getAsInt());
        // revocation first (or on the same day) skips the suspension, as escalate() does
        return revokesOn(status, restrictedOn).filter(revokes -> !revokes.isAfter(suspends)).isPresent()
                ? Optional.empty() : Optional.of(suspends);
    }

    /** E5: the day a RESTRICTED or SUSPENDED program becomes REVOKED; empty when revocation is not configured. */
    public Optional<LocalDate> revokesOn(ProgramStatus status, LocalDate restrictedOn) {
        if (restrictedOn == null || (status != ProgramStatus.RESTRICTED && status != ProgramStatus.SUSPENDED) || revokeAfterDays.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(restrictedOn.plusDays(revokeAfterDays.getAsInt()));
    }

    public static String reasonFor(ProgramStatus status) {
        return status == ProgramStatus.REVOKED ? REVOKED_AFTER_DAYS : SUSPENDED_AFTER_DAYS;
    }
}
