package org.csptransition.eligibility.domain;

/** The CSP programs a partner tenant can hold (E1). */
public enum Program { DIRECT_BILL, INDIRECT_RESELLER, INDIRECT_PROVIDER }
