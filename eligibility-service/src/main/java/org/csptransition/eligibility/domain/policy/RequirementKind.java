package org.csptransition.eligibility.domain.policy;

/** A MINIMUM must be met to be eligible; a RECOMMENDATION is reported but never blocks (E2). */
public enum RequirementKind { MINIMUM, RECOMMENDATION }
