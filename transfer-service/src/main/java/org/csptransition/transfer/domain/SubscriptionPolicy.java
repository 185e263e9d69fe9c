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
 * ({@code BASE_SUBSCRIPTION_NOT_ACTIVE}); R2: a direct-bill subscription for a customer that is the owner's
 * indirect-reseller customer ({@code CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER}) or not its direct-bill customer at all
 * ({@code NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER}); E5: a new purchase while the owner's {@code DIRECT_BILL} program is
 * {@code RESTRICTED} ({@code DIRECT_BILL_RESTRICTED}), not held ({@code DIRECT_BILL_NOT_HELD}) or otherwise not active
 * ({@code DIRECT_BILL_NOT_ACTIVE}). An import is not a purchase: a restricted partner's existing subscriptions are
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
        if (!roles.contains(PartnerOfRecord.DIRECT_BILL_PARTNER)) {
            return (roles.contains(PartnerOfRecord.INDIRECT_RESELLER)
                    ? Refusal.conflict("CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER",
                    "This is the partner's indirect-reseller customer: its provider orders for it, the direct-bill capability never buys for it")
                    : Refusal.conflict("NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER",
                    "The partner is not the direct-bill partner of record of this customer")).outcome();
        }
        if (purchase) {
            Outcome directBill = directBillAllowsPurchase(owner.get());
            if (directBill.isRefused()) {
                return directBill;
            }
        }
        if (base.isPresent() && !base.get().isActive()) {
            Subscription inactive = base.get();
            return Refusal.conflict("BASE_SUBSCRIPTION_NOT_ACTIVE", "An add-on needs an active base subscription; " + inactive.id()
                    + " is " + inactive.status()).with("baseSubscriptionId", inactive.id()).with("status", inactive.status().name()).outcome();
        }
        return Outcome.allowed();
    }

    /** E5: a new purchase needs the owner's {@code DIRECT_BILL} program held and active (restricted: existing ones go on). */
    private static Outcome directBillAllowsPurchase(KnownPartner owner) {
        if (owner.isDirectBillRestricted()) {
            return Refusal.conflict("DIRECT_BILL_RESTRICTED",
                    "The partner's direct-bill capabilities are restricted: existing subscriptions keep working, new purchases are refused").outcome();
        }
        if (!owner.holdsDirectBill()) {
            return Refusal.conflict("DIRECT_BILL_NOT_HELD", "The partner does not hold the direct-bill program").outcome();
        }
        return Outcome.refusedIf(!owner.isDirectBillActive(), Refusal.conflict("DIRECT_BILL_NOT_ACTIVE",
                        "The partner's direct-bill program is " + owner.directBillStatus() + ": new purchases are refused")
                .with("directBillStatus", String.valueOf(owner.directBillStatus())));
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
