package org.csptransition.eligibility.domain;

/** In which role the partner earned a month's revenue (E2): as indirect reseller or billing its customers directly. */
public enum RevenueRole { INDIRECT_RESELLER, DIRECT_BILL }
