package org.csptransition.transfer.domain;

import java.util.Locale;
import java.util.UUID;

/** T1 What a new subscription is: its offer, product type, quantity, billing cycle, the base of an add-on, the Azure id. */
public record NewSubscription(String offerId, String offerName, ProductType productType, int quantity, String billingCycle,
                              UUID baseSubscriptionId, String azureSubscriptionId) {

    public NewSubscription {
        billingCycle = billingCycle == null ? null : billingCycle.toLowerCase(Locale.ROOT);
        azureSubscriptionId = azureSubscriptionId == null || azureSubscriptionId.isBlank() ? null : azureSubscriptionId.trim();
    }

    public boolean isAddOn() {
        return baseSubscriptionId != null;
    }
}
