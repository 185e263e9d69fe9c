package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.RequirementCode;
import org.csptransition.eligibility.domain.policy.RequirementKind;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** E2 policy versions, as the migrations store them. */
@ApplicationScoped
public class PolicyRepository {

    private final EntityManager entityManager;

    PolicyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<PolicyVersion> all() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, LocalDate> effective = new LinkedHashMap<>();
            Map<String, List<PolicyVersion.Item>> items = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT p.version, p.effective_from, r.code, r.kind
                    FROM direct_bill_policy p JOIN direct_bill_policy_requirement r ON r.version = p.version
                    ORDER BY p.effective_from, r.position""");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    effective.put(version, rs.getDate(2).toLocalDate());
                    items.computeIfAbsent(version, v -> new ArrayList<>()).add(new PolicyVersion.Item(
                            RequirementCode.valueOf(rs.getString(3)), RequirementKind.valueOf(rs.getString(4))));
                }
            }
            return effective.entrySet().stream()
                    .map(e -> new PolicyVersion(e.getKey(), e.getValue(), items.get(e.getKey())))
                    .toList();
        });
    }
}
