package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID> {

    /** A transfer with its lines, in one query. */
    public Optional<Transfer> findWithLines(UUID id) {
        return find("from Transfer t left join fetch t.lines where t.id = ?1", id).singleResultOptional();
    }

    /** A transfer with its lines and the current quantity of each line's subscription, in one query (T10: the drift). */
    public Optional<TransferWithQuantities> findWithCurrentQuantities(UUID id) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select t, l.subscriptionId, s.quantity from Transfer t left join fetch t.lines l
                        left join Subscription s on s.id = l.subscriptionId where t.id = ?1""", Object[].class)
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Integer> quantities = new HashMap<>();
        rows.stream().filter(r -> r[1] != null && r[2] != null).forEach(r -> quantities.put((UUID) r[1], (Integer) r[2]));
        return Optional.of(new TransferWithQuantities((Transfer) rows.get(0)[0], quantities));
    }

    public record TransferWithQuantities(Transfer transfer, Map<UUID, Integer> currentQuantities) {
    }

    /**
     * The transfer locked for a state change: concurrent changes of one transfer run one after the other. The root row is
     * locked with a native {@code SELECT … FOR UPDATE} and only then loaded: {@code find(…, PESSIMISTIC_WRITE)} on an entity
     * with a collection (its lines) takes Hibernate 7's follow-on locking path, which fails with a NullPointerException
     * under concurrency. Every caller locks first in its transaction, so the transfer is loaded after the lock: its state
     * (and version) is the committed one the lock protects.
     */
    public Optional<Transfer> locked(UUID id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM transfer WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(getEntityManager().find(Transfer.class, id));
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

    /**
     * One page of a party's transfers (as source, target or either; optionally one customer's, one status), newest first,
     * with their lines, starting after the transfer ({@code afterTime}, {@code afterId}) when given. Keyset paging: a page
     * costs the same wherever it is, and transfers created meanwhile never shift the pages that follow.
     */
    public List<Transfer> page(UUID party, boolean asSource, boolean asTarget, UUID customer, TransferStatus status,
                               Instant afterTime, UUID afterId, int size) {
        StringBuilder sql = new StringBuilder("SELECT id FROM transfer WHERE ");
        List<Object> params = new ArrayList<>();
        if (asSource && asTarget) {
            sql.append("(source_partner_tenant_id = ?1 OR target_partner_tenant_id = ?1)");
        } else {
            sql.append(asSource ? "source_partner_tenant_id = ?1" : "target_partner_tenant_id = ?1");
        }
        params.add(party);
        if (customer != null) {
            params.add(customer);
            sql.append(" AND customer_tenant_id = ?").append(params.size());
        }
        if (status != null) {
            params.add(status.name());
            sql.append(" AND status = ?").append(params.size());
        }
        if (afterTime != null) {
            params.add(afterTime.atOffset(ZoneOffset.UTC));
            params.add(afterId);
            sql.append(" AND (created_time, id) < (?").append(params.size() - 1).append(", ?").append(params.size()).append(")");
        }
        params.add(size);
        sql.append(" ORDER BY created_time DESC, id DESC LIMIT ?").append(params.size());
        var query = getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Transfer> loaded = find("from Transfer t left join fetch t.lines where t.id in ?1", ids).stream()
                .collect(Collectors.toMap(Transfer::id, Function.identity(), (a, b) -> a));
        return ids.stream().map(loaded::get).toList();
    }
}
