package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.transfer.domain.Transfer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID> {

    /** A transfer with its lines, in one query. */
    public Optional<Transfer> findWithLines(UUID id) {
        return find("from Transfer t left join fetch t.lines where t.id = ?1", id).singleResultOptional();
    }

    /** The transfer locked for a state change: concurrent changes of one transfer run one after the other. */
    public Optional<Transfer> locked(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Transfer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * T7: locks up to {@code limit} Active requests whose expiration time is not after {@code now}. Rows another replica
     * locked are skipped, so every replica may run the expiry job at once.
     */
    public List<Transfer> lockDueForExpiry(Instant now, int limit) {
        return lockSkipping("""
                SELECT id FROM transfer WHERE status = 'ACTIVE' AND expiration_time <= ?1
                ORDER BY expiration_time LIMIT ?2 FOR UPDATE SKIP LOCKED""", now, limit);
    }

    /** T6: locks up to {@code limit} accepted requests still InProgress whose last change is before {@code before}. */
    public List<Transfer> lockInterrupted(Instant before, int limit) {
        return lockSkipping("""
                SELECT id FROM transfer WHERE status = 'IN_PROGRESS' AND last_modified_time < ?1
                ORDER BY last_modified_time LIMIT ?2 FOR UPDATE SKIP LOCKED""", before, limit);
    }

    private List<Transfer> lockSkipping(String sql, Instant time, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery(sql)
                .setParameter(1, time.atOffset(ZoneOffset.UTC)).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> getEntityManager().find(Transfer.class, id)).toList();
    }
}
