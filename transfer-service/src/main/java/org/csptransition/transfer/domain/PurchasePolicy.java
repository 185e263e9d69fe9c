package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

import java.util.Set;

/**
 * R2 Who may buy what for which customer, and E5 what a restricted partner may not buy. For its direct-bill customer the
 * direct-bill partner buys new subscriptions, add-ons and one-time purchases while its {@code DIRECT_BILL} program is
 * active: restricted, none of them ({@code DIRECT_BILL_RESTRICTED}; seat changes and suspensions of what it has go on),
 * not held ({@code DIRECT_BILL_NOT_HELD}) or otherwise not active ({@code DIRECT_BILL_NOT_ACTIVE}). For an
 * indirect-reseller customer the provider buys all three while its indirect-provider program is active
 * ({@code PROVIDER_PROGRAM_NOT_ACTIVE}); the reseller never buys ({@code CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER}: its
 * provider orders for it, the direct-bill capability never buys for such a customer); a partner of record in no such role
 * is refused {@code NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER}. A restriction bars the direct-bill capability only: a restricted
 * partner that is also a provider still orders as provider.
 */
public final class PurchasePolicy {

    public static final String DIRECT_BILL_RESTRICTED = "DIRECT_BILL_RESTRICTED";
    public static final String CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER = "CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER";
    public static final String PROVIDER_PROGRAM_NOT_ACTIVE = "PROVIDER_PROGRAM_NOT_ACTIVE";

    private PurchasePolicy() {
    }

    /** Whether {@code buyer}, with {@code roles} on the customer, may make a purchase of {@code kind} for it. */
    public static Outcome check(PurchaseKind kind, KnownPartner buyer, Set<String> roles) {
        if (roles.contains(PartnerOfRecord.INDIRECT_PROVIDER)) {
            return Outcome.refusedIf(!buyer.isActiveProvider(), Refusal.conflict(PROVIDER_PROGRAM_NOT_ACTIVE,
                    "The provider's indirect-provider program is not active: it cannot order for its customers").with("kind", kind.name()));
        }
        if (roles.contains(PartnerOfRecord.DIRECT_BILL_PARTNER)) {
            return directBill(kind, buyer);
        }
        return notDirectBillPartner(roles).with("kind", kind.name()).outcome();
    }

    /** R2: the refusal for a partner that is not the customer's direct-bill partner (nor its provider). */
    public static Refusal notDirectBillPartner(Set<String> roles) {
        return roles.contains(PartnerOfRecord.INDIRECT_RESELLER)
                ? Refusal.conflict(CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER,
                "This is the partner's indirect-reseller customer: its provider orders for it, the direct-bill capability never buys for it")
                : Refusal.conflict("NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER",
                "The partner is not the direct-bill partner of record of this customer");
    }

    /** E5: every kind of purchase needs the {@code DIRECT_BILL} program held and active. */
    private static Outcome directBill(PurchaseKind kind, KnownPartner buyer) {
        if (buyer.isDirectBillRestricted()) {
            return Refusal.conflict(DIRECT_BILL_RESTRICTED,
                    "The partner's direct-bill capabilities are restricted: existing subscriptions keep working, new purchases are refused")
                    .with("kind", kind.name()).outcome();
        }
        if (!buyer.holdsDirectBill()) {
            return Refusal.conflict("DIRECT_BILL_NOT_HELD", "The partner does not hold the direct-bill program").with("kind", kind.name()).outcome();
        }
        return Outcome.refusedIf(!buyer.isDirectBillActive(), Refusal.conflict("DIRECT_BILL_NOT_ACTIVE",
                        "The partner's direct-bill program is " + buyer.directBillStatus() + ": new purchases are refused")
                .with("directBillStatus", String.valueOf(buyer.directBillStatus())).with("kind", kind.name()));
    }
}
