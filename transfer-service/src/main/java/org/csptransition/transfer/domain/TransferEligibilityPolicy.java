package org.csptransition.transfer.domain;

import org.csptransition.kernel.Refusal;

import java.util.Optional;
import java.util.UUID;

/**
 * T2/T11 Transfer eligibility of one subscription of the partner. Not eligible, each with its own code, checked in this
 * order: a product type that does not move this way ({@code PRODUCT_TYPE_NOT_TRANSFERABLE}; T11: only Office 365
 * license-based and Azure pay-as-you-go move, for the rest the partner must cancel and buy anew through the provider, and
 * the reason says so), a subscription that is not active ({@code SUBSCRIPTION_NOT_ACTIVE}), one already in another active
 * transfer ({@code TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER}, naming it: T4), an add-on, which travels with its base
 * ({@code ADDON_TRAVELS_WITH_BASE}), and a partner that has not completed the indirect-reseller enrollment
 * ({@code INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED}: E6).
 */
public final class TransferEligibilityPolicy {

    public static final String PRODUCT_TYPE_NOT_TRANSFERABLE = "PRODUCT_TYPE_NOT_TRANSFERABLE";
    public static final String SUBSCRIPTION_NOT_ACTIVE = Subscription.NOT_ACTIVE;
    public static final String ADDON_TRAVELS_WITH_BASE = "ADDON_TRAVELS_WITH_BASE";
    public static final String ENROLLMENT_NOT_COMPLETED = "INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED";

    private TransferEligibilityPolicy() {
    }

    /**
     * @param holdingTransfer the active transfer that holds the subscription, if any
     * @param enrollmentComplete whether the partner completed the indirect-reseller enrollment (E6)
     */
    public static Eligibility of(Subscription subscription, Optional<UUID> holdingTransfer, boolean enrollmentComplete) {
        UUID id = subscription.id();
        if (!subscription.productType().isTransferable()) {
            return Eligibility.not(id, Refusal.invalid(PRODUCT_TYPE_NOT_TRANSFERABLE,
                    "Only Office 365 license-based and Azure pay-as-you-go (" + ProductType.AZURE_PAYG_OFFER_ID + ") subscriptions move by "
                            + "direct-to-indirect transfer; this one is " + subscription.productType()
                            + ": cancel it and buy it anew through the indirect provider")
                    .with("productType", subscription.productType().name()));
        }
        if (!subscription.isActive()) {
            return Eligibility.not(id, Subscription.notActive(subscription.status()));
        }
        if (holdingTransfer.isPresent()) {
            return Eligibility.not(id, OneActiveTransferPerSubscription.refusal(id, holdingTransfer.get()));
        }
        if (subscription.isAddOn()) {
            UUID base = subscription.baseSubscriptionId().orElseThrow();
            return Eligibility.not(id, Refusal.invalid(ADDON_TRAVELS_WITH_BASE,
                    "An add-on travels with its base subscription " + base + ": request the base, and its active add-ons join it")
                    .with("baseSubscriptionId", base));
        }
        if (!enrollmentComplete) {
            return Eligibility.not(id, Refusal.conflict(ENROLLMENT_NOT_COMPLETED,
                    "The partner has not completed the indirect-reseller enrollment, which a transfer to an indirect provider needs"));
        }
        return Eligibility.eligible(id);
    }
}
