package org.csptransition.relationship.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The operator's search over every customer, with its partners of record; filtering, sorting and paging happen in
 * PostgreSQL, one statement for the page and one for its total.
 */
@ApplicationScoped
public class CustomerSearchRepository {

    private final EntityManager entityManager;

    CustomerSearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Unset fields do not filter; {@code name} and {@code domain} match a part, whatever its case. */
    public record Criteria(String name, String domain, String country, UUID partner, String role) {
    }

    public record Found(UUID tenantId, String companyName, String domain, String country, Instant registeredAt,
                        List<PartnerOfRecord> partnersOfRecord) {
    }

    public record PartnerOfRecord(UUID partnerTenantId, String role) {
    }

    public record Page(List<Found> items, int total) {
    }

    /** The sort keys, as their columns; only these reach the SQL text. */
    public enum Sort {
        COMPANY_NAME("lower(c.company_name)"), DOMAIN("c.domain"), COUNTRY("c.country"), REGISTERED_AT("c.registered_at");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    private static final String WHERE = """
             WHERE (CAST(? AS VARCHAR) IS NULL OR c.company_name ILIKE ? ESCAPE '\\')
               AND (CAST(? AS VARCHAR) IS NULL OR c.domain ILIKE ? ESCAPE '\\')
               AND (CAST(? AS VARCHAR) IS NULL OR c.country = ?)
               AND (CAST(? AS UUID) IS NULL AND CAST(? AS VARCHAR) IS NULL OR EXISTS (
                     SELECT 1 FROM partner_of_record x WHERE x.customer_tenant_id = c.tenant_id
                       AND (CAST(? AS UUID) IS NULL OR x.partner_tenant_id = ?) AND (CAST(? AS VARCHAR) IS NULL OR x.role = ?)))
            """;

    public Page search(Criteria criteria, Sort sort, boolean descending, int offset, int limit) {
        String direction = descending ? "DESC" : "ASC";
        String select = """
                SELECT c.tenant_id, c.company_name, c.domain, c.country, c.registered_at,
                       (SELECT string_agg(r.partner_tenant_id || ':' || r.role, ',' ORDER BY r.role, r.partner_tenant_id)
                        FROM partner_of_record r WHERE r.customer_tenant_id = c.tenant_id)
                FROM customer c""" + WHERE + "ORDER BY %s %s, c.tenant_id %s OFFSET ? LIMIT ?".formatted(sort.column, direction, direction);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Found> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                int i = bind(statement, criteria);
                statement.setInt(i++, offset);
                statement.setInt(i, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Found(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getTimestamp(5).toInstant(), partners(rows.getString(6))));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM customer c" + WHERE)) {
                bind(statement, criteria);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Page(found, rows.getInt(1));
                }
            }
        });
    }

    private static int bind(PreparedStatement statement, Criteria criteria) throws SQLException {
        int i = text(statement, 1, criteria.name(), like(criteria.name()));
        i = text(statement, i, criteria.domain(), like(criteria.domain()));
        String country = criteria.country() == null ? null : criteria.country().toUpperCase(Locale.ROOT);
        i = text(statement, i, country, country);
        statement.setObject(i++, criteria.partner(), Types.OTHER);
        statement.setString(i++, criteria.role());
        statement.setObject(i++, criteria.partner(), Types.OTHER);
        statement.setObject(i++, criteria.partner(), Types.OTHER);
        return text(statement, i, criteria.role(), criteria.role());
    }

    private static int text(PreparedStatement statement, int i, String test, String value) throws SQLException {
        statement.setString(i, test);
        statement.setString(i + 1, value);
        return i + 2;
    }

    /** A part to find anywhere, its own {@code % _ \} taken literally. */
    private static String like(String part) {
        return part == null ? null : "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<PartnerOfRecord> partners(String aggregated) {
        if (aggregated == null) {
            return List.of();
        }
        List<PartnerOfRecord> partners = new ArrayList<>();
        for (String one : aggregated.split(",")) {
            String[] parts = one.split(":");
            partners.add(new PartnerOfRecord(UUID.fromString(parts[0]), parts[1]));
        }
        return partners;
    }
}
