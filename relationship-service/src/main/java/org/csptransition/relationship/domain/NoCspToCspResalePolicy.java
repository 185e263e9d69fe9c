package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.UUID;

/**
 * E7 No CSP-to-CSP resale: a tenant used for CSP transactions (any partner tenant this service learnt from partner.events)
 * cannot be the customer of another CSP partner; a non-CSP tenant of the same company can.
 */
public final class NoCspToCspResalePolicy {

    public static final String CUSTOMER_IS_CSP_PARTNER_TENANT = "CUSTOMER_IS_CSP_PARTNER_TENANT";

    private NoCspToCspResalePolicy() {
    }

    /** {@code cspTenant} says whether {@code customerTenantId} is a known CSP partner tenant; {@code field} is the request's. */
    public static Outcome check(UUID customerTenantId, boolean cspTenant, String field) {
        return Outcome.refusedIf(cspTenant, Refusal.invalid(CUSTOMER_IS_CSP_PARTNER_TENANT, field, "Tenant " + customerTenantId
                + " is used for CSP transactions and cannot be the customer of a CSP partner (E7); use a tenant of the company "
                + "that is not a CSP partner tenant").with("tenantId", customerTenantId));
    }
}
