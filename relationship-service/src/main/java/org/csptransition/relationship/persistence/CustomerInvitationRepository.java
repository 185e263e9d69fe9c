package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.relationship.domain.CustomerInvitation;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerInvitationRepository implements PanacheRepositoryBase<CustomerInvitation, UUID> {

    public Optional<CustomerInvitation> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
