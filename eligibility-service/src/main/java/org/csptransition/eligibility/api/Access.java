package org.csptransition.eligibility.api;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;

import java.util.UUID;

/**
 * Object-level authorisation of the partner endpoints: a tenant the caller may not see is answered as if it did not exist
 * (404 NOT_FOUND), so a caller never learns which tenants are registered.
 */
final class Access {

    private Access() {
    }

    /** Acts of the tenant's own users (its GlobalAdmin applies, accepts, withdraws): the caller's own tenant only. */
    static void ownTenant(Caller caller, UUID tenantId) {
        if (!caller.tenantId().equals(tenantId)) {
            throw notFound(tenantId);
        }
    }

    /** Reads: the tenant itself or the program operator. */
    static void tenantOrOperator(Caller caller, UUID tenantId) {
        if (!caller.isTenantOrOperator(tenantId)) {
            throw notFound(tenantId);
        }
    }

    private static RefusedException notFound(UUID tenantId) {
        return new RefusedException(Refusal.notFound("Partner", tenantId));
    }
}
