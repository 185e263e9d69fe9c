package org.csptransition.eligibility.domain;

/** What a month's revenue came from (E2): only cloud revenue counts towards the threshold; perpetual software never does. */
public enum RevenueCategory { CLOUD, PERPETUAL_SOFTWARE }
