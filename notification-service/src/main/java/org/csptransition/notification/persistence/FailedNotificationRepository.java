package org.csptransition.notification.persistence;

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
import java.util.UUID;

/**
 * N2 the operator's queue of e-mails that ran out of attempts (FAILED): filtered, sorted and paged in PostgreSQL, one
 * statement for the page and one for its total; also the count behind the {@code notifications.failed.waiting} gauge.
 */
@ApplicationScoped
public class FailedNotificationRepository {

    private final EntityManager entityManager;

    FailedNotificationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Unset fields do not filter. */
    public record Criteria(String eventType, UUID recipientTenantId) {
    }

    public record Failed(UUID id, UUID eventId, String eventType, String subjectId, String template, UUID recipientTenantId,
                         String recipientEmail, String locale, int attempts, String lastError, Instant createdAt) {
    }

    public record Page(List<Failed> items, int total) {
    }

    /** The sort keys, as their columns; only these reach the SQL text. */
    public enum Sort {
        CREATED_AT("created_at"), EVENT_TYPE("event_type"), RECIPIENT_EMAIL("lower(recipient_email)"), ATTEMPTS("attempts");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    private static final String WHERE = """
             WHERE status = 'FAILED'
               AND (CAST(? AS VARCHAR) IS NULL OR event_type = ?)
               AND (CAST(? AS UUID) IS NULL OR recipient_tenant_id = ?)
            """;

    public Page page(Criteria criteria, Sort sort, boolean descending, int offset, int limit) {
        String direction = descending ? "DESC" : "ASC";
        String select = """
                SELECT id, event_id, event_type, subject_id, template, recipient_tenant_id, recipient_email, locale, attempts,
                       last_error, created_at
                FROM notification""" + WHERE + "ORDER BY %s %s, id %s OFFSET ? LIMIT ?".formatted(sort.column, direction, direction);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<Failed> failed = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                int i = bind(statement, criteria);
                statement.setInt(i++, offset);
                statement.setInt(i, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        failed.add(new Failed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getObject(6, UUID.class), rows.getString(7), rows.getString(8),
                                rows.getInt(9), rows.getString(10), rows.getTimestamp(11).toInstant()));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM notification" + WHERE)) {
                bind(statement, criteria);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Page(failed, rows.getInt(1));
                }
            }
        });
    }

    /** How many e-mails are FAILED now, waiting for the operator's retry. */
    public long count() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM notification WHERE status = 'FAILED'")
                .getSingleResult()).longValue();
    }

    private static int bind(PreparedStatement statement, Criteria criteria) throws SQLException {
        statement.setString(1, criteria.eventType());
        statement.setString(2, criteria.eventType());
        statement.setObject(3, criteria.recipientTenantId(), Types.OTHER);
        statement.setObject(4, criteria.recipientTenantId(), Types.OTHER);
        return 5;
    }
}
