package org.csptransition.transfer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T4 in the database: a subscription is held by at most one active transfer, because {@code active_transfer_subscription}
 * has the subscription as its primary key. A claim inserts with {@code ON CONFLICT DO NOTHING}: when another transaction
 * inserted the same subscription and has not committed yet, PostgreSQL waits for it, so of two concurrent requests the
 * second sees the first's row and names it. The rows are inserted in one fixed order (ascending subscription id), whatever
 * order the request named them in: two requests for the same subscriptions in opposite orders would otherwise each hold
 * one row and wait for the other's (a deadlock); in one order the second simply waits for the first and then sees it.
 */
@ApplicationScoped
public class ActiveTransferClaims {

    private final EntityManager entityManager;

    ActiveTransferClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The active transfer holding each of these subscriptions, for those held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, UUID> holders(Collection<UUID> subscriptionIds) {
        Map<UUID, UUID> holders = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return holders;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT subscription_id, transfer_id FROM active_transfer_subscription WHERE subscription_id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, Arrays.uuidArray(subscriptionIds)).getResultList();
        rows.forEach(row -> holders.put((UUID) row[0], (UUID) row[1]));
        return holders;
    }

    /**
     * Claims the subscriptions for the transfer. Returns the subscriptions another transfer holds (by subscription, the
     * holder): when not empty nothing may go ahead, and rolling back the transaction undoes the claims that succeeded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, UUID> claim(UUID transferId, List<UUID> requested, Instant now) {
        List<UUID> subscriptionIds = inClaimOrder(requested);
        StringBuilder sql = new StringBuilder("INSERT INTO active_transfer_subscription (subscription_id, transfer_id, claimed_at) VALUES ");
        for (int i = 0; i < subscriptionIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(i + 3).append(", ?1, ?2)");
        }
        sql.append(" ON CONFLICT (subscription_id) DO NOTHING");
        var insert = entityManager.createNativeQuery(sql.toString())
                .setParameter(1, transferId).setParameter(2, now.atOffset(ZoneOffset.UTC));
        for (int i = 0; i < subscriptionIds.size(); i++) {
            insert.setParameter(i + 3, subscriptionIds.get(i));
        }
        if (insert.executeUpdate() == subscriptionIds.size()) {
            return Map.of();
        }
        Map<UUID, UUID> held = holders(subscriptionIds);
        held.values().removeIf(transferId::equals);
        return held;
    }

    /**
     * The one order every claim takes its rows in: distinct, ascending. Any total order would do as long as every claim
     * uses the same; {@link UUID#compareTo} is one (not PostgreSQL's uuid order, which does not matter here).
     */
    static List<UUID> inClaimOrder(Collection<UUID> subscriptionIds) {
        return subscriptionIds.stream().distinct().sorted().toList();
    }

    /** The transfer ended or was processed: its subscriptions are free for another request (T4). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID transferId) {
        entityManager.createNativeQuery("DELETE FROM active_transfer_subscription WHERE transfer_id = ?1")
                .setParameter(1, transferId).executeUpdate();
    }
}
