package org.csptransition.transfer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.transfer.domain.TransferStage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T12 The facts readiness needs about all of a partner's customers at once, each kind in one statement (a partner may
 * have thousands of customers: one query per customer would be thousands of round trips).
 */
@ApplicationScoped
public class TransitionReadinessRepository {

    private final EntityManager entityManager;

    TransitionReadinessRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A customer of the partner, with its name when this service knows the customer. */
    public record CustomerRow(UUID customerTenantId, String companyName, boolean known) {
    }

    /** How the provider is a partner of record of a customer (R3 extension, R4 invitation). */
    public record ProviderTie(String via, boolean delegatedAdmin) {
    }

    public record Agreement(String status, String basis) {
    }

    /** A transfer of the partner's not over yet (neither closed nor ended). */
    public record UnderWay(UUID transferId, UUID customerTenantId, UUID targetPartnerTenantId, String status, TransferStage stage) {
    }

    /**
     * The partner's customers: those it is the direct-bill partner of record of (R2) and those it owns subscriptions of
     * (an operator import may precede the customer's registration here).
     */
    @SuppressWarnings("unchecked")
    public List<CustomerRow> customersOf(UUID partner) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT ids.customer_tenant_id, c.company_name, c.customer_tenant_id IS NOT NULL
                        FROM (SELECT customer_tenant_id FROM customer_partner_of_record WHERE partner_tenant_id = ?1 AND role = 'DIRECT_BILL_PARTNER'
                              UNION SELECT customer_tenant_id FROM subscription WHERE owner_partner_tenant_id = ?1) ids
                        LEFT JOIN known_customer c ON c.customer_tenant_id = ids.customer_tenant_id AND c.registered""")
                .setParameter(1, partner).getResultList();
        return rows.stream().map(r -> new CustomerRow((UUID) r[0], (String) r[1], (Boolean) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, ProviderTie> providerTies(UUID provider) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT customer_tenant_id, via, delegated_admin FROM customer_partner_of_record
                        WHERE partner_tenant_id = ?1 AND role = 'INDIRECT_PROVIDER'""")
                .setParameter(1, provider).getResultList();
        Map<UUID, ProviderTie> ties = new HashMap<>();
        rows.forEach(r -> ties.put((UUID) r[0], new ProviderTie((String) r[1], (Boolean) r[2])));
        return ties;
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Agreement> agreements(UUID provider) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT customer_tenant_id, status, basis FROM customer_agreement_status WHERE provider_tenant_id = ?1")
                .setParameter(1, provider).getResultList();
        Map<UUID, Agreement> agreements = new HashMap<>();
        rows.forEach(r -> agreements.put((UUID) r[0], new Agreement((String) r[1], (String) r[2])));
        return agreements;
    }

    @SuppressWarnings("unchecked")
    public List<UnderWay> underWay(UUID partner) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, customer_tenant_id, target_partner_tenant_id, status, stage FROM transfer
                        WHERE source_partner_tenant_id = ?1 AND stage NOT IN ('CLOSED', 'ENDED') ORDER BY created_time, id""")
                .setParameter(1, partner).getResultList();
        return rows.stream().map(r -> new UnderWay((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                TransferStage.valueOf((String) r[4]))).toList();
    }
}
