package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * T1 A new subscription of a customer: imported by the operator (an existing direct-bill subscription) or bought by its
 * owner partner. Refused as input (422): an Azure pay-as-you-go subscription whose offer is not {@code MS-AZR-0145P} or
 * that lacks its Azure subscription id ({@code AZURE_PAYG_OFFER_MISMATCH}, {@code AZURE_SUBSCRIPTION_ID_REQUIRED}), an Azure
 * id on another type ({@code AZURE_SUBSCRIPTION_ID_NOT_APPLICABLE}), an add-on whose base is not the same owner's
 * subscription of the customer ({@code BASE_SUBSCRIPTION_NOT_FOUND}), an add-on of an add-on or of/as an Azure one
 * ({@code ADDON_NOT_APPLICABLE}). Refused in the current state (409): an add-on to an inactive base
 * ({@code BASE_SUBSCRIPTION_NOT_ACTIVE}); a one-time purchase (billing cycle {@code one_time}) of anything but software or an
 * Azure reservation, or as an add-on ({@code ONE_TIME_PURCHASE_NOT_APPLICABLE}, 422). A purchase: who may buy which kind
 * for the customer (R2) and what a restricted partner may not buy (E5) are {@link PurchasePolicy}'s. An imported
 * subscription's owner must be the customer's direct-bill partner (R2). An import is not a purchase: a restricted partner's existing subscriptions are
 * imported. A partner or customer this service has not learnt yet is refused as not yet known (retryable), never a guess.
 * The input is checked first, every field at once; then, the first that fails alone: a fact not yet known, R2, E5, the base.
 */
public final class SubscriptionPolicy {

    private SubscriptionPolicy() {
    }

    /** What the read models say about the owner and the customer. */
    public record OwnerFacts(Optional<KnownPartner> owner, boolean customerKnown, Set<String> ownerRolesOnCustomer) {
    }

    public static Outcome checkNew(NewSubscription spec, Optional<Subscription> base, OwnerFacts facts, boolean purchase) {
        Outcome input = checkInput(spec, base);
        if (input.isRefused()) {
            return input;
        }
        Optional<KnownPartner> owner = facts.owner().filter(KnownPartner::isRegistered);
        if (owner.isEmpty()) {
            return Refusal.notYetKnown("partner", "This service has not yet learnt the owner partner; retry shortly").outcome();
        }
        if (!facts.customerKnown()) {
            return Refusal.notYetKnown("customer", "This service has not yet learnt the customer; retry shortly").outcome();
        }
        Set<String> roles = facts.ownerRolesOnCustomer();
        Outcome buyer = purchase ? PurchasePolicy.check(PurchaseKind.of(spec), owner.get(), roles) : importedFor(roles);
        if (buyer.isRefused()) {
            return buyer;
        }
        if (base.isPresent() && !base.get().isActive()) {
            Subscription inactive = base.get();
            return Refusal.conflict("BASE_SUBSCRIPTION_NOT_ACTIVE", "An add-on needs an active base subscription; " + inactive.id()
                    + " is " + inactive.status()).with("baseSubscriptionId", inactive.id()).with("status", inactive.status().name()).outcome();
        }
        return Outcome.allowed();
    }

    /** R2: an import records an existing direct-bill subscription: its owner is the customer's direct-bill partner. */
    private static Outcome importedFor(Set<String> roles) {
        return Outcome.refusedIf(!roles.contains(PartnerOfRecord.DIRECT_BILL_PARTNER), PurchasePolicy.notDirectBillPartner(roles));
    }

    private static Outcome checkInput(NewSubscription spec, Optional<Subscription> base) {
        List<Refusal> refusals = new ArrayList<>();
        boolean paygOffer = ProductType.AZURE_PAYG_OFFER_ID.equalsIgnoreCase(spec.offerId());
        if ((spec.productType() == ProductType.AZURE_PAYG) != paygOffer) {
            refusals.add(Refusal.invalid("AZURE_PAYG_OFFER_MISMATCH", "offerId",
                    "Azure pay-as-you-go is exactly the offer " + ProductType.AZURE_PAYG_OFFER_ID + ", with product type AZURE_PAYG"));
        }
        if (spec.productType() == ProductType.AZURE_PAYG && spec.azureSubscriptionId() == null) {
            refusals.add(Refusal.invalid("AZURE_SUBSCRIPTION_ID_REQUIRED", "azureSubscriptionId",
                    "An Azure pay-as-you-go subscription needs its Azure subscription id"));
        }
        if (!spec.productType().isAzure() && spec.azureSubscriptionId() != null) {
            refusals.add(Refusal.invalid("AZURE_SUBSCRIPTION_ID_NOT_APPLICABLE", "azureSubscriptionId",
                    "Only an Azure subscription has an Azure subscription id"));
        }
        if (PurchaseKind.ONE_TIME_BILLING_CYCLE.equals(spec.billingCycle())
                && (!PurchaseKind.canBeBoughtOnce(spec.productType()) || spec.isAddOn())) {
            refusals.add(Refusal.invalid("ONE_TIME_PURCHASE_NOT_APPLICABLE", "billingCycle",
                    "Only software and Azure reservations are bought once (billing cycle one_time), never as an add-on"));
        }
        if (spec.isAddOn()) {
            UUID baseId = spec.baseSubscriptionId();
            if (base.isEmpty()) {
                refusals.add(Refusal.invalid("BASE_SUBSCRIPTION_NOT_FOUND", "baseSubscriptionId",
                        "The base " + baseId + " is not a subscription of this customer owned by the same partner")
                        .with("baseSubscriptionId", baseId));
            } else if (base.get().isAddOn() || base.get().productType().isAzure() || spec.productType().isAzure()) {
                refusals.add(Refusal.invalid("ADDON_NOT_APPLICABLE", "baseSubscriptionId",
                        "An add-on belongs to a license-based base subscription, never to another add-on or an Azure one"));
            }
        }
        return Outcome.of(refusals);
    }
}
