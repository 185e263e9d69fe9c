package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.domain.policy.FactsOnDate;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** E2 the history of a partner's facts (V9: written by a trigger on {@code partner}, read here). */
@ApplicationScoped
public class PartnerFactHistoryRepository {

    private final EntityManager entityManager;

    PartnerFactHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every recorded state of the partner's facts before the end of {@code asOf} (UTC), oldest first. */
    public List<FactsOnDate> historyUntil(UUID tenantId, LocalDate asOf) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT recorded_at, mpn_membership_active, endorsement_authority, first_level_support, accounts_receivable,
                           managed_services, support_plan
                    FROM partner_fact_history WHERE tenant_id = ? AND recorded_at < ?
                    ORDER BY recorded_at, id""")) {
                statement.setObject(1, tenantId);
                statement.setTimestamp(2, Timestamp.from(FactsOnDate.endOf(asOf)));
                List<FactsOnDate> found = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String plan = rs.getString(7);
                        found.add(new FactsOnDate(rs.getTimestamp(1).toInstant(), rs.getBoolean(2), rs.getBoolean(3),
                                rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6), plan == null ? null : SupportPlan.valueOf(plan)));
                    }
                }
                return found;
            }
        });
    }
}
