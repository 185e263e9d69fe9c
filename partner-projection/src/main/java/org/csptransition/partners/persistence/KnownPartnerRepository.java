package org.csptransition.partners.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.partners.KnownPartner;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KnownPartnerRepository implements PanacheRepositoryBase<KnownPartner, UUID> {

    /** The row locked for the change (the entity has no collections, so a plain row lock). */
    public Optional<KnownPartner> findForUpdate(UUID tenantId) {
        return findByIdOptional(tenantId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<KnownPartner> findByPartnerId(String partnerId) {
        return find("partnerId", partnerId).firstResultOptional();
    }
}
