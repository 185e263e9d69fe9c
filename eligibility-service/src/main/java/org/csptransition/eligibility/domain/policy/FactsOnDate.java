package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * E2 facts as of the evaluation date: MPN membership, the attestations and the support plan as they stood at the end of
 * that day (UTC), from the partner's recorded history, not as they stand now. Before the history begins (the partner's
 * registration) nothing is known of the earlier days, and the facts the partner holds now are used.
 */
public record FactsOnDate(Instant recordedAt, boolean mpnMembershipActive, boolean endorsementAuthority,
                          boolean firstLevelSupport, boolean accountsReceivable, int managedServices, SupportPlan supportPlan) {

    /** The end of {@code asOf} (UTC), exclusive: a change recorded before it is in force on that date. */
    public static Instant endOf(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The latest of {@code history} recorded before the end of {@code asOf}; empty before the first. */
    public static Optional<FactsOnDate> inForceOn(List<FactsOnDate> history, LocalDate asOf) {
        Instant end = endOf(asOf);
        FactsOnDate found = null;
        for (FactsOnDate facts : history) {
            if (facts.recordedAt().isBefore(end) && (found == null || !facts.recordedAt().isBefore(found.recordedAt()))) {
                found = facts;
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@code current} with these facts in place of the partner's present ones. */
    public EligibilityFacts applyTo(EligibilityFacts current) {
        return new EligibilityFacts(current.asOf(), current.partnerId(), current.country(), current.partnerIdLocation(), mpnMembershipActive, endorsementAuthority,
                firstLevelSupport, supportPlan, accountsReceivable, managedServices, current.trailingTwelveMonthsUsd(),
                current.revenueFrom(), current.revenueTo(), current.indirectResellerSince());
    }
}
