package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** Fixtures for the E2 requirement tests: a partner that meets everything as of 2021-05-01, and variations of it. */
final class Facts {

    static final LocalDate AS_OF = LocalDate.of(2021, 5, 1);
    static final Thresholds DEFAULT = new Thresholds(new BigDecimal("300000.00"), 12);

    private Facts() {
    }

    static EligibilityFacts aQualifyingPartner() {
        return new EligibilityFacts(AS_OF, "4234567", "SE", "SE", true, true, true, SupportPlan.ASFP, true, 1,
                new BigDecimal("300000.00"), YearMonth.of(2020, 5), YearMonth.of(2021, 4), LocalDate.of(2019, 1, 1));
    }

    /** A qualifying partner whose PartnerID is the MPN id of its location in {@code location}. */
    static EligibilityFacts withPartnerIdFor(String location) {
        EligibilityFacts f = aQualifyingPartner();
        return new EligibilityFacts(f.asOf(), f.partnerId(), f.country(), location, f.mpnMembershipActive(), f.endorsementAuthority(),
                f.firstLevelSupport(), f.supportPlan(), f.accountsReceivable(), f.managedServices(), f.trailingTwelveMonthsUsd(),
                f.revenueFrom(), f.revenueTo(), f.indirectResellerSince());
    }

    static EligibilityFacts withRevenue(String usd) {
        EligibilityFacts f = aQualifyingPartner();
        return new EligibilityFacts(f.asOf(), f.partnerId(), f.country(), f.partnerIdLocation(), f.mpnMembershipActive(), f.endorsementAuthority(),
                f.firstLevelSupport(), f.supportPlan(), f.accountsReceivable(), f.managedServices(), new BigDecimal(usd),
                f.revenueFrom(), f.revenueTo(), f.indirectResellerSince());
    }

    static EligibilityFacts with(boolean mpnActive, boolean endorsement, boolean firstLevelSupport, SupportPlan plan,
                                 boolean accountsReceivable, int managedServices) {
        EligibilityFacts f = aQualifyingPartner();
        return new EligibilityFacts(f.asOf(), f.partnerId(), f.country(), f.partnerIdLocation(), mpnActive, endorsement, firstLevelSupport, plan,
                accountsReceivable, managedServices, f.trailingTwelveMonthsUsd(), f.revenueFrom(), f.revenueTo(),
                f.indirectResellerSince());
    }

    static EligibilityFacts indirectResellerSince(LocalDate since, LocalDate asOf) {
        EligibilityFacts f = aQualifyingPartner();
        return new EligibilityFacts(asOf, f.partnerId(), f.country(), f.partnerIdLocation(), f.mpnMembershipActive(), f.endorsementAuthority(),
                f.firstLevelSupport(), f.supportPlan(), f.accountsReceivable(), f.managedServices(), f.trailingTwelveMonthsUsd(),
                f.revenueFrom(), f.revenueTo(), since);
    }
}
