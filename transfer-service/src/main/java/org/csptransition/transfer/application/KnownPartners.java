package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.domain.KnownPartner;
import org.csptransition.transfer.persistence.KnownPartnerRepository;

import java.util.Optional;
import java.util.UUID;

/** Reads of the partner read model. */
@ApplicationScoped
public class KnownPartners {

    private final KnownPartnerRepository partners;

    KnownPartners(KnownPartnerRepository partners) {
        this.partners = partners;
    }

    @Transactional
    public Optional<KnownPartner> find(UUID tenantId) {
        return partners.findByIdOptional(tenantId);
    }
}
