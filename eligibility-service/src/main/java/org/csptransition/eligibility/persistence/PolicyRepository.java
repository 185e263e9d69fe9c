package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.RequirementCode;
import org.csptransition.eligibility.domain.policy.RequirementKind;
import org.csptransition.eligibility.domain.policy.Thresholds;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** E2 policy versions with their thresholds: the first from the migrations, later ones added by the operator. */
@ApplicationScoped
public class PolicyRepository {

    private final EntityManager entityManager;

    PolicyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private record Head(LocalDate effectiveFrom, Thresholds thresholds) {
    }

    public List<PolicyVersion> all() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Head> heads = new LinkedHashMap<>();
            Map<String, List<PolicyVersion.Item>> items = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT p.version, p.effective_from, r.code, r.kind, p.revenue_threshold_usd, p.tenure_months
                    FROM direct_bill_policy p JOIN direct_bill_policy_requirement r ON r.version = p.version
                    ORDER BY p.effective_from, r.position""");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    heads.put(version, new Head(rs.getDate(2).toLocalDate(), new Thresholds(rs.getBigDecimal(5), rs.getInt(6))));
                    items.computeIfAbsent(version, v -> new ArrayList<>()).add(new PolicyVersion.Item(
                            RequirementCode.valueOf(rs.getString(3)), RequirementKind.valueOf(rs.getString(4))));
                }
            }
            return heads.entrySet().stream()
                    .map(e -> new PolicyVersion(e.getKey(), e.getValue().effectiveFrom(), items.get(e.getKey()), e.getValue().thresholds()))
                    .toList();
        });
    }

    /** Takes the table lock that serialises additions, so two versions for the same name or day cannot both pass the rule. */
    public void lockForAddition() {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("LOCK TABLE direct_bill_policy IN SHARE ROW EXCLUSIVE MODE")) {
                statement.execute();
            }
        });
    }

    public void add(PolicyVersion version, String description, String createdBy, Instant now) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO direct_bill_policy (version, effective_from, description, revenue_threshold_usd, tenure_months,
                                                    created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                statement.setString(1, version.version());
                statement.setDate(2, Date.valueOf(version.effectiveFrom()));
                statement.setString(3, description);
                statement.setBigDecimal(4, version.thresholds().revenueUsd());
                statement.setInt(5, version.thresholds().tenureMonths());
                statement.setString(6, createdBy);
                statement.setTimestamp(7, Timestamp.from(now));
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO direct_bill_policy_requirement (version, position, code, kind) VALUES (?, ?, ?, ?)")) {
                int position = 1;
                for (PolicyVersion.Item item : version.requirements()) {
                    statement.setString(1, version.version());
                    statement.setInt(2, position++);
                    statement.setString(3, item.code().name());
                    statement.setString(4, item.kind().name());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }
}
