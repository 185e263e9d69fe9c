package org.csptransition.eligibility.domain;

/**
 * E5 where a capability review is: RUNNING (its partners are being evaluated; {@code processed} of {@code total} so far),
 * COMPLETED (its outcome is recorded), or FAILED (it changed nothing: its transaction rolled back).
 */
public enum CapabilityReviewState { RUNNING, COMPLETED, FAILED }
