package org.csptransition.eligibility.domain.policy;

import java.math.BigDecimal;

/** The configurable numbers of E2: the trailing-twelve-month revenue bar in USD and the indirect-reseller tenure in months. */
public record Thresholds(BigDecimal revenueUsd, int tenureMonths) {
}
