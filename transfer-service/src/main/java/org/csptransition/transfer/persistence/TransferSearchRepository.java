package org.csptransition.transfer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.csptransition.transfer.domain.TransferStatus;

/**
 * The operator's search over every transfer, and the count per status behind the {@code transfers} gauge; filtering,
 * sorting and paging happen in PostgreSQL, one statement for the page and one for its total.
 */
@ApplicationScoped
public class TransferSearchRepository {

    private final EntityManager entityManager;

    TransferSearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Unset fields do not filter; {@code createdFrom} is inclusive, {@code createdTo} exclusive. */
    public record Criteria(TransferStatus status, UUID partner, UUID provider, UUID customer, Instant createdFrom, Instant createdTo) {
    }

    public record Found(UUID id, String status, String stage, UUID customerTenantId, String customerName, UUID partnerTenantId,
                        String partnerName, UUID providerTenantId, String providerName, Instant createdTime, Instant completedTime,
                        Instant lastModifiedTime) {
    }

    public record Page(List<Found> items, int total) {
    }

    /** The sort keys, as their columns; only these reach the SQL text. */
    public enum Sort {
        CREATED_TIME("created_time"), LAST_MODIFIED_TIME("last_modified_time"), STATUS("status"), CUSTOMER_NAME("lower(customer_name)");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    private static final String WHERE = """
             WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?)
               AND (CAST(? AS UUID) IS NULL OR source_partner_tenant_id = ?)
               AND (CAST(? AS UUID) IS NULL OR target_partner_tenant_id = ?)
               AND (CAST(? AS UUID) IS NULL OR customer_tenant_id = ?)
               AND (CAST(? AS TIMESTAMPTZ) IS NULL OR created_time >= ?)
               AND (CAST(? AS TIMESTAMPTZ) IS NULL OR created_time < ?)
            """;

    public Page search(Criteria criteria, Sort sort, boolean descending, int offset, int limit) {
        String direction = descending ? "DESC" : "ASC";
        String select = """
                SELECT id, status, stage, customer_tenant_id, customer_name, source_partner_tenant_id, source_partner_name,
                       target_partner_tenant_id, target_partner_name, created_time, completed_time, last_modified_time
                FROM transfer""" + WHERE + "ORDER BY %s %s, id %s OFFSET ? LIMIT ?".formatted(sort.column, direction, direction);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Found> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                int i = bind(statement, criteria);
                statement.setInt(i++, offset);
                statement.setInt(i, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Timestamp completed = rows.getTimestamp(11);
                        found.add(new Found(rows.getObject(1, UUID.class), TransferStatus.valueOf(rows.getString(2)).wireName(),
                                rows.getString(3), rows.getObject(4, UUID.class), rows.getString(5), rows.getObject(6, UUID.class),
                                rows.getString(7), rows.getObject(8, UUID.class), rows.getString(9), rows.getTimestamp(10).toInstant(),
                                completed == null ? null : completed.toInstant(), rows.getTimestamp(12).toInstant()));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM transfer" + WHERE)) {
                bind(statement, criteria);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Page(found, rows.getInt(1));
                }
            }
        });
    }

    /** How many transfers are in each status now (every status present, 0 when none). */
    public Map<TransferStatus, Long> countByStatus() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<TransferStatus, Long> counts = new EnumMap<>(TransferStatus.class);
            for (TransferStatus status : TransferStatus.values()) {
                counts.put(status, 0L);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT status, count(*) FROM transfer GROUP BY status");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(TransferStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    private static int bind(PreparedStatement statement, Criteria criteria) throws SQLException {
        String status = criteria.status() == null ? null : criteria.status().name();
        statement.setString(1, status);
        statement.setString(2, status);
        int i = uuid(statement, 3, criteria.partner());
        i = uuid(statement, i, criteria.provider());
        i = uuid(statement, i, criteria.customer());
        i = time(statement, i, criteria.createdFrom());
        return time(statement, i, criteria.createdTo());
    }

    private static int uuid(PreparedStatement statement, int i, UUID value) throws SQLException {
        statement.setObject(i, value, Types.OTHER);
        statement.setObject(i + 1, value, Types.OTHER);
        return i + 2;
    }

    private static int time(PreparedStatement statement, int i, Instant value) throws SQLException {
        OffsetDateTime at = value == null ? null : value.atOffset(ZoneOffset.UTC);
        statement.setObject(i, at, Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(i + 1, at, Types.TIMESTAMP_WITH_TIMEZONE);
        return i + 2;
    }
}
