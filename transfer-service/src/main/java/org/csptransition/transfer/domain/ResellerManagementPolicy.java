package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.Set;

/**
 * R2 What the reseller of an indirect-reseller customer does with the subscriptions the customer's provider bought: it
 * manages their licences (the seats) and renewals (whether each renews), and reads them. It does not buy (the provider
 * orders: {@code CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER}, see {@link PurchasePolicy}), and it does not suspend, reactivate
 * or delete them ({@code RESELLER_MANAGES_LICENSES_AND_RENEWALS}: the owner does). Users are managed in the customer's
 * own directory, outside the suite.
 */
public final class ResellerManagementPolicy {

    public static final String RESELLER_MANAGES_LICENSES_AND_RENEWALS = "RESELLER_MANAGES_LICENSES_AND_RENEWALS";

    private ResellerManagementPolicy() {
    }

    /**
     * Whether a partner with {@code callerRoles} on the customer manages a subscription owned by a partner with
     * {@code ownerRoles} on it: the customer's reseller, for a subscription of one of its providers.
     */
    public static boolean manages(Set<String> callerRoles, Set<String> ownerRoles) {
        return callerRoles.contains(PartnerOfRecord.INDIRECT_RESELLER) && ownerRoles.contains(PartnerOfRecord.INDIRECT_PROVIDER);
    }

    /** The reseller changes seats and the renewal setting, never the status. */
    public static Outcome checkChange(boolean changesStatus) {
        return Outcome.refusedIf(changesStatus, Refusal.invalid(RESELLER_MANAGES_LICENSES_AND_RENEWALS, "status",
                "The reseller manages the licences (quantity) and renewals (autoRenew) of its provider's subscriptions; the "
                        + "provider, which owns them, suspends, reactivates or deletes them"));
    }
}
