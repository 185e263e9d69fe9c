package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.partners.persistence.KnownPartnerRepository;

import java.util.Optional;
import java.util.UUID;

/**
 * The use cases' reads of the shared partner read model (partner-projection), fed by eligibility-service's partner events.
 * It may be behind: a partner whose events have not arrived is refused with a retryable reason, never taken for a "no".
 */
@ApplicationScoped
class KnownPartners {

    /**
     * A partner whose events have not arrived yet is 503 NOT_YET_KNOWN with Retry-After, as in every service; this service
     * has its own text for it (messages/service*.properties), naming the partner tenant.
     */
    static final String NOT_YET_KNOWN = Refusal.NOT_YET_KNOWN;

    private final KnownPartnerRepository partners;

    KnownPartners(KnownPartnerRepository partners) {
        this.partners = partners;
    }

    /**
     * The partner, or, when its events have not arrived yet, 503 NOT_YET_KNOWN with Retry-After: the one convention of
     * every service for a fact that is still on its way (transfer-service answers the same).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    KnownPartner require(UUID tenantId) {
        return partners.findByIdOptional(tenantId).orElseThrow(() -> new RefusedException(Refusal.notYetKnown("partner",
                "Partner tenant " + tenantId + " is not known to relationship-service yet; if it was registered just now, retry shortly")
                .with("tenantId", tenantId)));
    }

    /** The partner as known so far: while its events have not arrived, a placeholder that holds its tenant id alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    KnownPartner known(UUID tenantId) {
        return partners.findByIdOptional(tenantId).orElseGet(() -> KnownPartner.first(tenantId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<KnownPartner> find(UUID tenantId) {
        return partners.findByIdOptional(tenantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<KnownPartner> byPartnerId(String partnerId) {
        return partners.findByPartnerId(partnerId);
    }

    /** E7: whether the tenant is used for CSP transactions, that is, a partner tenant this service learnt of. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean isCspTenant(UUID tenantId) {
        return partners.findByIdOptional(tenantId).isPresent();
    }

    /** The partner's name for events and lists: its company name, or its tenant id while it is not known. */
    @Transactional(Transactional.TxType.MANDATORY)
    String nameOf(UUID tenantId) {
        return known(tenantId).displayName();
    }
}
