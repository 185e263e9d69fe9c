package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomersToMove;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    /**
     * Locks the customer: changes to one customer (partners of record, agreements) happen one at a time. The root row is
     * locked with a native {@code SELECT … FOR UPDATE} and then loaded, rather than with {@code PESSIMISTIC_WRITE}: on an
     * entity with a collection (its partners of record) Hibernate 7 follows on with a second lock query that fails under
     * concurrency (a NullPointerException, so a 500).
     */
    public Optional<Customer> findForUpdate(UUID tenantId) {
        var em = getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object> locked = em.createNativeQuery("SELECT tenant_id FROM customer WHERE tenant_id = :id FOR UPDATE")
                .setParameter("id", tenantId)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        // every use case locks the customer before it first reads it, so this load is of the state as locked
        Customer customer = em.find(Customer.class, tenantId);
        return Optional.ofNullable(customer);
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

    /**
     * E5: how many customers the partner has as their direct-bill partner, and how many of them already have an indirect
     * provider as partner of record (moved to a provider by R3 or R4). One aggregate query on partner_of_record.
     */
    public CustomersToMove customersToMove(UUID partnerTenantId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT count(*),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM partner_of_record provider
                                                              WHERE provider.customer_tenant_id = p.customer_tenant_id
                                                                AND provider.role = 'INDIRECT_PROVIDER'))
                        FROM partner_of_record p
                        WHERE p.partner_tenant_id = :partner AND p.role = 'DIRECT_BILL_PARTNER'""")
                .setParameter("partner", partnerTenantId)
                .getSingleResult();
        return new CustomersToMove(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
}
