package org.csptransition.relationship.domain;

/** What a customer link lets the customer answer: a reseller's invitation (R4) or its own MCA acceptance (R5). */
public enum CustomerLinkPurpose {
    /** R4: the subject is the customer invitation; for a new customer the link is bound to no tenant yet. */
    CUSTOMER_INVITATION,
    /** R5: the subject is the customer tenant, the provider the agreement is asked for is in the page. */
    MCA_ACCEPTANCE
}
