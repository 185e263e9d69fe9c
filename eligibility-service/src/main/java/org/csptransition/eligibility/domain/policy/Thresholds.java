package org.csptransition.eligibility.domain.policy;

import java.math.BigDecimal;

/**
 * The numbers of an E2 policy version: the trailing-twelve-month revenue bar in USD and the indirect-reseller tenure in
 * months. Each version carries its own, so raising the bar (later program pages: USD 1M) in a new version leaves every
 * answer for a date before it unchanged.
 */
public record Thresholds(BigDecimal revenueUsd, int tenureMonths) {

    /** The numbers of the versions 2020-10-27 and 2021-04-15: USD 300,000 and 12 months. */
    public static final Thresholds ORIGINAL = new Thresholds(new BigDecimal("300000.00"), 12);
}
