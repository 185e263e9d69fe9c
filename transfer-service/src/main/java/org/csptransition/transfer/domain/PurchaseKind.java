package org.csptransition.transfer.domain;

/**
 * R2/E5 the kinds of purchase the suite models: a new subscription, an add-on to an existing one, a one-time purchase
 * (billing cycle {@code one_time}: software, an Azure reservation paid up front). Which one a request is follows from it.
 */
public enum PurchaseKind {
    NEW_SUBSCRIPTION,
    ADD_ON,
    ONE_TIME_PURCHASE;

    public static final String ONE_TIME_BILLING_CYCLE = "one_time";

    public static PurchaseKind of(NewSubscription spec) {
        if (spec.isAddOn()) {
            return ADD_ON;
        }
        return ONE_TIME_BILLING_CYCLE.equals(spec.billingCycle()) ? ONE_TIME_PURCHASE : NEW_SUBSCRIPTION;
    }

    /** What can be bought once: software and Azure reservations; everything else is a subscription. */
    public static boolean canBeBoughtOnce(ProductType type) {
        return type == ProductType.SOFTWARE || type == ProductType.AZURE_RESERVATION;
    }
}
