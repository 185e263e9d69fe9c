package org.csptransition.eligibility.domain;

/** The support plans that satisfy E2 SUPPORT: Advanced Support for Partners and Premier Support for Partners. */
public enum SupportPlan { ASFP, PSFP }
