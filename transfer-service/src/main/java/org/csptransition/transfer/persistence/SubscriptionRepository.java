package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.transfer.domain.Subscription;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    /** A subscription of the customer that its owner sees: Azure originals that moved are no longer listed (T6). */
    public Optional<Subscription> findListed(UUID customerTenantId, UUID ownerTenantId, UUID id) {
        return findByIdOptional(id).filter(s -> s.customerTenantId().equals(customerTenantId) && s.isOwnedBy(ownerTenantId)
                && s.isListedUnderOwner());
    }

    public List<Subscription> listed(UUID customerTenantId, UUID ownerTenantId) {
        return find("customerTenantId = ?1 and ownerPartnerTenantId = ?2 order by createdAt, id", customerTenantId, ownerTenantId)
                .stream().filter(Subscription::isListedUnderOwner).toList();
    }

    /** The subscriptions with these ids and the add-ons of those among them that are bases. */
    public List<Subscription> withAddOns(Collection<UUID> ids) {
        return byArray("SELECT * FROM subscription WHERE id = ANY(CAST(?1 AS uuid[])) OR base_subscription_id = ANY(CAST(?1 AS uuid[]))", ids);
    }

    public List<Subscription> byIds(Collection<UUID> ids) {
        return byArray("SELECT * FROM subscription WHERE id = ANY(CAST(?1 AS uuid[]))", ids);
    }

    /**
     * Hot-path lookups by a set of ids in SQL with one array parameter: Hibernate translates a query with a list-valued
     * {@code in} parameter anew on every execution, which cost more CPU than the rest of the request.
     */
    @SuppressWarnings("unchecked")
    private List<Subscription> byArray(String sql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery(sql, Subscription.class).setParameter(1, Arrays.uuidArray(ids)).getResultList();
    }

    /** Locks the rows in id order, so two transactions locking overlapping sets never deadlock. */
    public List<Subscription> lockedByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** T12: every subscription the partner owns, of all its customers, as its owner lists them. */
    public List<Subscription> listedOf(UUID ownerTenantId) {
        return find("ownerPartnerTenantId = ?1 order by customerTenantId, createdAt, id", ownerTenantId)
                .stream().filter(Subscription::isListedUnderOwner).toList();
    }
}
