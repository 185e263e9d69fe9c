package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.UUID;

/**
 * E7 No CSP-to-CSP resale, seen from the partner's side: a tenant that is already the customer of a CSP partner (as
 * relationship-service registered it) cannot be registered as a CSP partner itself; the company registers another,
 * non-customer tenant of its own. relationship-service refuses the other order (a partner tenant as customer).
 */
public final class NoCspToCspResalePolicy {

    public static final String PARTNER_TENANT_IS_CSP_CUSTOMER = "PARTNER_TENANT_IS_CSP_CUSTOMER";

    private NoCspToCspResalePolicy() {
    }

    /** {@code customerTenant} says whether {@code tenantId} is a known customer tenant of a CSP partner. */
    public static Outcome check(UUID tenantId, boolean customerTenant) {
        return Outcome.refusedIf(customerTenant, Refusal.invalid(PARTNER_TENANT_IS_CSP_CUSTOMER, "tenantId", "Tenant " + tenantId
                + " is the customer of a CSP partner and cannot be a CSP partner itself (E7); register a tenant of the company "
                + "that is no partner's customer").with("tenantId", tenantId));
    }
}
