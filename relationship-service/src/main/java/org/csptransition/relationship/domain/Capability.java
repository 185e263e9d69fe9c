package org.csptransition.relationship.domain;

/** R2 what a caller may do for a customer; {@link CustomerCapabilities} decides which apply. */
public enum Capability {
    /** Direct-bill customer, not restricted; or the provider of an indirect-reseller customer. */
    CREATE_ORDERS,
    BUY_SOFTWARE,
    MANAGE_AZURE_RESERVATIONS,
    MANAGE_ORDER_HISTORY,
    BILL_DIRECTLY,
    /** Seat changes and suspension of existing subscriptions: still allowed while restricted. */
    MANAGE_EXISTING_SUBSCRIPTIONS,
    /** R3, for a partner that completed E6. */
    EXTEND_RELATIONSHIP_TO_PROVIDER,
    /** T3, for a partner that completed E6. */
    TRANSFER_SUBSCRIPTIONS_TO_PROVIDER,
    /** Indirect-reseller customer. */
    MANAGE_LICENSES,
    MANAGE_USERS,
    MANAGE_RENEWALS,
    /** R4. */
    INVITE_WITH_PROVIDER,
    /** R5, direct-bill partners and providers. */
    ATTEST_CUSTOMER_AGREEMENT,
    /** R3/R4, a provider extended or invited to the customer, or that created it. */
    VIEW_BILLING_PROFILE,
    /** The customer itself. */
    ACCEPT_CUSTOMER_AGREEMENT
}
