package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What waits for the operator, in one statement: direct-bill applications whose credit check is pending (E3) and
 * indirect-reseller enrollments pending approval (E6), with the partner they belong to, oldest first.
 */
@ApplicationScoped
public class EnrollmentQueueRepository {

    public static final String CREDIT_CHECK = "CREDIT_CHECK";
    public static final String INDIRECT_RESELLER_APPROVAL = "INDIRECT_RESELLER_APPROVAL";

    private final EntityManager entityManager;

    EnrollmentQueueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Waiting(String kind, UUID enrollmentId, UUID tenantId, String partnerId, String companyName, String country,
                          Instant submittedAt) {
    }

    public List<Waiting> waiting() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Waiting> waiting = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT 'CREDIT_CHECK' AS kind, e.id, e.tenant_id, p.partner_id, p.company_name, p.country, e.submitted_at
                    FROM direct_bill_enrollment e JOIN partner p ON p.tenant_id = e.tenant_id
                    WHERE e.status = 'UNDER_REVIEW' AND e.credit_check = 'PENDING'
                    UNION ALL
                    SELECT 'INDIRECT_RESELLER_APPROVAL', e.id, e.tenant_id, p.partner_id, p.company_name, p.country, e.submitted_at
                    FROM indirect_reseller_enrollment e JOIN partner p ON p.tenant_id = e.tenant_id
                    WHERE e.status = 'PENDING_APPROVAL'
                    ORDER BY 7, 2""")) {
                statement.setFetchSize(5_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Timestamp submitted = rows.getTimestamp(7);
                        waiting.add(new Waiting(rows.getString(1), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                                rows.getString(4), rows.getString(5), rows.getString(6), submitted.toInstant()));
                    }
                }
            }
            return waiting;
        });
    }
}
