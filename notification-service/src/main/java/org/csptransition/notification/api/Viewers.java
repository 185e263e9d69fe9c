package org.csptransition.notification.api;

import org.csptransition.notification.domain.Viewer;
import org.csptransition.platform.http.Caller;

/** N3 the caller of a request as the log's rules see it: the operator, or the tenant of its token. */
final class Viewers {

    private Viewers() {
    }

    static Viewer of(Caller caller) {
        // the operator sees everything whatever its tenant: only a tenant's tid is read
        return caller.isOperator() ? Viewer.ofOperator() : Viewer.ofTenant(caller.tenantId());
    }
}
