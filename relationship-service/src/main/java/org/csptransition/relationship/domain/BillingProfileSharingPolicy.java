package org.csptransition.relationship.domain;

import java.util.UUID;

/**
 * R3 a copy of the customer's billing information is shared with the provider it is extended to. Who reads a customer's
 * billing profile: the customer itself, its direct-bill partner (which holds it), and a provider that is its partner of
 * record (extended, invited or having created the customer). An indirect reseller alone does not bill, and does not see it.
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
}
