package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.relationship.domain.CustomerLink;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerLinkRepository implements PanacheRepositoryBase<CustomerLink, UUID> {

    public Optional<CustomerLink> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** Locked, so two answers through one link at the same moment are one answer and one "already used". */
    public Optional<CustomerLink> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
