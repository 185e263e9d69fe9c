package org.csptransition.eligibility.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * E6 Indirect-reseller application: refused with {@code INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE} after a completed
 * transition, {@code INDIRECT_RESELLER_ALREADY_HELD} for a tenant that already is an indirect reseller,
 * {@code ENROLLMENT_ALREADY_SUBMITTED} while one is open, {@code MPN_MEMBERSHIP_INACTIVE} without an active MPN
 * membership, and {@code TRANSITION_WINDOW_CLOSED} when a window of direct-bill anniversary months is configured and the
 * partner's anniversary is outside it (open to all by default).
 */
public final class IndirectResellerApplicationPolicy {

    private IndirectResellerApplicationPolicy() {
    }

    public static void check(Partner partner, Optional<IndirectResellerEnrollment> latest, Set<Month> anniversaryWindow) {
        if (latest.isPresent() && latest.get().status() == IndirectResellerEnrollmentStatus.ACTIVE) {
            throw IndirectResellerEnrollment.irreversible();
        }
        if (partner.holds(Program.INDIRECT_RESELLER)) {
            throw new RefusedException(Refusal.conflict("INDIRECT_RESELLER_ALREADY_HELD",
                    "The tenant already holds the indirect-reseller program"));
        }
        if (latest.isPresent() && latest.get().status().isOpen()) {
            throw new RefusedException(Refusal.conflict("ENROLLMENT_ALREADY_SUBMITTED",
                    "Application " + latest.get().id() + " is still " + latest.get().status()));
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!partner.mpnMembershipActive()) {
            refusals.add(Refusal.invalid("MPN_MEMBERSHIP_INACTIVE", "mpnMembershipActive",
                    "An indirect reseller needs an active MPN membership and PartnerID"));
        }
        Optional<LocalDate> anniversary = partner.program(Program.DIRECT_BILL).map(ProgramState::since);
        if (!anniversaryWindow.isEmpty() && anniversary.isPresent() && !anniversaryWindow.contains(anniversary.get().getMonth())) {
            refusals.add(Refusal.invalid("TRANSITION_WINDOW_CLOSED", "programs",
                    "The transition is open to partners whose direct-bill anniversary falls in " + anniversaryWindow));
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
    }
}
