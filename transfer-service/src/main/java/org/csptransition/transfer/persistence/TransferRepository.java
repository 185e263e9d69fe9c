package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.transfer.domain.Transfer;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID> {

    /** A transfer with its lines, in one query. */
    public Optional<Transfer> findWithLines(UUID id) {
        return find("from Transfer t left join fetch t.lines where t.id = ?1", id).firstResultOptional();
    }

    /** The transfer locked for a state change: concurrent changes of one transfer run one after the other. */
    public Optional<Transfer> locked(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Transfer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
