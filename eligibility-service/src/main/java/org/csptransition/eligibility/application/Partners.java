package org.csptransition.eligibility.application;

import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import java.util.UUID;

/** Finding the partner a use case is about, or refusing as "not found" (404 NOT_FOUND, like a tenant the caller may not see). */
final class Partners {

    private Partners() {
    }

    static Partner existing(PartnerRepository partners, UUID tenantId) {
        return partners.findByIdOptional(tenantId).orElseThrow(() -> notFound(tenantId));
    }

    static Partner locked(PartnerRepository partners, UUID tenantId) {
        return partners.findForUpdate(tenantId).orElseThrow(() -> notFound(tenantId));
    }

    static RefusedException notFound(UUID tenantId) {
        return new RefusedException(Refusal.notFound("Partner", tenantId));
    }
}
