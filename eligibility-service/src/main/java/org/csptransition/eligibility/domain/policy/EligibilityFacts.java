package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the E2 requirements look at, as of one date: the profile and attestations of a partner, its paid cloud revenue
 * over the trailing twelve months ({@code revenueFrom} to {@code revenueTo}) and since when it is an indirect reseller
 * (null when it is not). Built from one partner for an evaluation, or from one row of the capability review's query.
 */
public record EligibilityFacts(
        LocalDate asOf,
        String partnerId,
        String country,
        String partnerIdLocation,
        boolean mpnMembershipActive,
        boolean endorsementAuthority,
        boolean firstLevelSupport,
        SupportPlan supportPlan,
        boolean accountsReceivable,
        int managedServices,
        BigDecimal trailingTwelveMonthsUsd,
        YearMonth revenueFrom,
        YearMonth revenueTo,
        LocalDate indirectResellerSince) {
}
