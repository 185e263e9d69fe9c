package org.csptransition.eligibility.domain;

import java.util.UUID;

/** The tenant is not a registered partner: answered as "not found", like a tenant the caller may not see. */
public class UnknownPartnerException extends RuntimeException {

    private final UUID tenantId;

    public UnknownPartnerException(UUID tenantId) {
        super("Partner " + tenantId + " was not found", null, false, false);
        this.tenantId = tenantId;
    }

    public UUID tenantId() {
        return tenantId;
    }
}
