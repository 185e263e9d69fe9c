package org.csptransition.eligibility.domain;

/** E3: the credit check of a direct-bill application, decided by the operator. */
public enum CreditCheckStatus { PENDING, PASSED, FAILED }
