package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * E6 Indirect-reseller application: refused with {@code INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE} after a completed
 * transition, {@code INDIRECT_RESELLER_ALREADY_HELD} for a tenant that already is an indirect reseller,
 * {@code ENROLLMENT_ALREADY_SUBMITTED} while one is open, {@code MPN_MEMBERSHIP_INACTIVE} without an active MPN
 * membership, and {@code TRANSITION_WINDOW_CLOSED} when a window of direct-bill anniversary months is configured and the
 * partner's anniversary is outside it (open to all by default); a partner new to CSP (holding no program) also needs a
 * business address and bank information ({@link NewPartnerProfilePolicy}). Those last reasons together when several apply.
 */
public final class IndirectResellerApplicationPolicy {

    private IndirectResellerApplicationPolicy() {
    }

    public static Outcome check(Partner partner, Optional<IndirectResellerEnrollment> latest, Set<Month> anniversaryWindow) {
        if (latest.isPresent() && latest.get().status() == IndirectResellerEnrollmentStatus.ACTIVE) {
            return IndirectResellerEnrollment.irreversible().outcome();
        }
        if (partner.holds(Program.INDIRECT_RESELLER)) {
            return Refusal.conflict("INDIRECT_RESELLER_ALREADY_HELD", "The tenant already holds the indirect-reseller program").outcome();
        }
        if (latest.isPresent() && latest.get().status().isOpen()) {
            return EnrollmentRefusals.alreadySubmitted(latest.get().id(), latest.get().status().name()).outcome();
        }
        Outcome mpn = Outcome.refusedIf(!partner.mpnMembershipActive(), Refusal.invalid("MPN_MEMBERSHIP_INACTIVE",
                        "mpnMembershipActive", "An indirect reseller needs an active MPN membership and PartnerID")
                .with("partnerId", partner.partnerId()).with("country", partner.country()));
        Optional<Month> anniversary = partner.program(Program.DIRECT_BILL).map(ProgramState::since).map(LocalDate::getMonth);
        boolean outsideWindow = !anniversaryWindow.isEmpty() && anniversary.isPresent() && !anniversaryWindow.contains(anniversary.get());
        Outcome window = outsideWindow ? Refusal.invalid("TRANSITION_WINDOW_CLOSED", "programs",
                        "The transition is open to partners whose direct-bill anniversary falls in " + anniversaryWindow)
                .with("anniversaryMonths", anniversaryWindow.stream().map(Month::getValue).sorted().toList())
                .with("anniversaryMonth", anniversary.get().getValue()).outcome() : Outcome.allowed();
        // a partner new to CSP (no program yet) joins through the same enrollment, with what it needs (E6)
        Outcome newPartner = partner.programs().isEmpty()
                ? NewPartnerProfilePolicy.check(partner.businessAddress().orElse(null), partner.bankInformationProvided())
                : Outcome.allowed();
        return mpn.and(window).and(newPartner);
    }
}
