package org.csptransition.eligibility.application;

import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.UnknownPartnerException;
import org.csptransition.eligibility.persistence.PartnerRepository;

import java.util.UUID;

/** Finding the partner a use case is about, or refusing as "not found". */
final class Partners {

    private Partners() {
    }

    static Partner existing(PartnerRepository partners, UUID tenantId) {
        return partners.findByIdOptional(tenantId).orElseThrow(() -> new UnknownPartnerException(tenantId));
    }

    static Partner locked(PartnerRepository partners, UUID tenantId) {
        return partners.findForUpdate(tenantId).orElseThrow(() -> new UnknownPartnerException(tenantId));
    }
}
