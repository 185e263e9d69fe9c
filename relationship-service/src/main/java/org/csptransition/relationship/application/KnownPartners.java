package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.relationship.domain.KnownPartner;
import org.csptransition.relationship.domain.PartnerNotKnown;
import org.csptransition.relationship.persistence.KnownPartnerRepository;

import java.util.Optional;
import java.util.UUID;

/** Reads of the partner read model, for the API and for the other use cases. */
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

    /** The partner, or a retryable refusal when its events have not arrived yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    KnownPartner require(UUID tenantId) {
        return partners.findByIdOptional(tenantId).orElseThrow(() -> PartnerNotKnown.of(tenantId));
    }

    /** The partner's name for events and lists: its company name, or its tenant id while it is not known. */
    @Transactional(Transactional.TxType.MANDATORY)
    String nameOf(UUID tenantId) {
        return partners.findByIdOptional(tenantId).map(KnownPartner::displayName).orElse(tenantId.toString());
    }
}
