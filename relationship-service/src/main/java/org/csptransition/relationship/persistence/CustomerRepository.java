package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.csptransition.relationship.domain.Customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    /** Locks the customer: changes to one customer (partners of record, agreements) happen one at a time. */
    public Optional<Customer> findForUpdate(UUID tenantId) {
        return findByIdOptional(tenantId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The customers the tenant is a party to (a partner of record, or the customer itself), by name. */
    public List<Customer> ofParty(UUID tenantId, int offset, int limit) {
        return getEntityManager().createQuery("""
                        SELECT DISTINCT c FROM Customer c LEFT JOIN c.partners p
                        WHERE c.tenantId = :tenant OR p.partnerTenantId = :tenant
                        ORDER BY c.companyName, c.tenantId""", Customer.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
