package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.UUID;

/**
 * R3 a copy of the customer's billing information is shared with the provider it is extended to. Who reads a customer's
 * billing profile: the customer itself, its direct-bill partner (which holds it), and a provider that is its partner of
 * record (extended, invited or having created the customer). An indirect reseller alone does not bill, and does not see it:
 * for it the profile is not found, so that it cannot tell a profile withheld from one never recorded.
 */
public final class BillingProfileSharingPolicy {

    private BillingProfileSharingPolicy() {
    }

    public static boolean mayRead(Customer customer, UUID callerTenantId) {
        if (customer.tenantId().equals(callerTenantId)) {
            return true;
        }
        var roles = customer.rolesOf(callerTenantId);
        return roles.contains(PartnerRole.DIRECT_BILL_PARTNER) || roles.contains(PartnerRole.INDIRECT_PROVIDER);
    }

    /** Allowed for a caller that {@link #mayRead} the profile; for anyone else the profile is not found. */
    public static Outcome checkRead(Customer customer, UUID callerTenantId) {
        return Outcome.refusedIf(!mayRead(customer, callerTenantId), notFound(customer));
    }

    /** The customer's billing profile, as "not found" says it. */
    public static Refusal notFound(Customer customer) {
        return Refusal.notFound("Billing profile of customer", customer.tenantId());
    }
}
