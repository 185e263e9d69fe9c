package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The operator's search over partners and its queue of restricted ones, each in one statement: filtering, sorting and
 * paging happen in PostgreSQL, so a page of 50 among 100,000 partners reads 50 rows.
 */
@ApplicationScoped
public class PartnerSearchRepository {

    private final EntityManager entityManager;

    PartnerSearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Unset fields do not filter; {@code name} matches a part of the company name, whatever its case. */
    public record Criteria(String name, String partnerId, String country, String program, String status) {
    }

    public record Found(UUID tenantId, String partnerId, String companyName, String country, Instant createdAt,
                        List<ProgramHeld> programs) {
    }

    public record ProgramHeld(String program, String status, LocalDate since) {
    }

    public record Page<T>(List<T> items, int total) {
    }

    /** The sort keys, as their columns; only these reach the SQL text. */
    public enum Sort {
        COMPANY_NAME("lower(p.company_name)"), PARTNER_ID("p.partner_id"), COUNTRY("p.country"), CREATED_AT("p.created_at");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** The filter of both statements below; {@link #bind} sets its parameters. */
    private static final String WHERE = """
            WHERE (CAST(? AS VARCHAR) IS NULL OR p.company_name ILIKE ? ESCAPE '\\')
              AND (CAST(? AS VARCHAR) IS NULL OR p.partner_id = ?)
              AND (CAST(? AS VARCHAR) IS NULL OR p.country = ?)
              AND (CAST(? AS VARCHAR) IS NULL AND CAST(? AS VARCHAR) IS NULL OR EXISTS (
                    SELECT 1 FROM partner_program x WHERE x.tenant_id = p.tenant_id
                      AND (CAST(? AS VARCHAR) IS NULL OR x.program = ?) AND (CAST(? AS VARCHAR) IS NULL OR x.status = ?)))
            """;

    public Page<Found> search(Criteria criteria, Sort sort, boolean descending, int offset, int limit) {
        String direction = descending ? "DESC" : "ASC";
        String select = """
                SELECT p.tenant_id, p.partner_id, p.company_name, p.country, p.created_at,
                       (SELECT string_agg(pp.program || ':' || pp.status || ':' || pp.since, ',' ORDER BY pp.program)
                        FROM partner_program pp WHERE pp.tenant_id = p.tenant_id)
                FROM partner p
                """ + WHERE + "ORDER BY %s %s, p.tenant_id %s OFFSET ? LIMIT ?".formatted(sort.column, direction, direction);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Found> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                int i = bind(statement, criteria);
                statement.setInt(i++, offset);
                statement.setInt(i, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Found(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getTimestamp(5).toInstant(), programs(rows.getString(6))));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM partner p " + WHERE)) {
                bind(statement, criteria);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Page<>(found, rows.getInt(1));
                }
            }
        });
    }

    private static int bind(PreparedStatement statement, Criteria criteria) throws SQLException {
        String like = criteria.name() == null ? null : "%" + escapeLike(criteria.name()) + "%";
        String country = criteria.country() == null ? null : criteria.country().toUpperCase(Locale.ROOT);
        int i = pair(statement, 1, criteria.name(), like);
        i = pair(statement, i, criteria.partnerId(), criteria.partnerId());
        i = pair(statement, i, country, country);
        statement.setString(i++, criteria.program());
        statement.setString(i++, criteria.status());
        i = pair(statement, i, criteria.program(), criteria.program());
        return pair(statement, i, criteria.status(), criteria.status());
    }

    public record Restricted(UUID tenantId, String partnerId, String companyName, String country, String status,
                             LocalDate restrictedOn) {
    }

    /** E5: every DIRECT_BILL program RESTRICTED or SUSPENDED, with its partner; the escalation dates are computed above this. */
    public List<Restricted> restricted() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Restricted> restricted = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT p.tenant_id, p.partner_id, p.company_name, p.country, pp.status, pp.restricted_on
                    FROM partner_program pp JOIN partner p ON p.tenant_id = pp.tenant_id
                    WHERE pp.program = 'DIRECT_BILL' AND pp.status IN ('RESTRICTED', 'SUSPENDED')""")) {
                statement.setFetchSize(5_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Date on = rows.getDate(6);
                        restricted.add(new Restricted(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), on == null ? null : on.toLocalDate()));
                    }
                }
            }
            return restricted;
        });
    }

    private static int pair(PreparedStatement statement, int i, String test, String value) throws SQLException {
        statement.setString(i, test);
        statement.setString(i + 1, value);
        return i + 2;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<ProgramHeld> programs(String aggregated) {
        if (aggregated == null) {
            return List.of();
        }
        List<ProgramHeld> held = new ArrayList<>();
        for (String one : aggregated.split(",")) {
            String[] parts = one.split(":");
            held.add(new ProgramHeld(parts[0], parts[1], LocalDate.parse(parts[2])));
        }
        return held;
    }
}
