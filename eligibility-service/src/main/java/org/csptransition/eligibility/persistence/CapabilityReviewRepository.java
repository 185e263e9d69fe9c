package org.csptransition.eligibility.persistence;

import org.csptransition.eligibility.domain.PastCapabilityReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.domain.policy.EligibilityFacts;
import org.csptransition.eligibility.domain.policy.FactsOnDate;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * E5 capability reviews, set-based: one statement reads the facts of every active direct-bill partner with its
 * trailing-twelve-month cloud revenue as indirect reseller on invoices paid by the as-of date (the same rule as {@code TrailingTwelveMonths}), one statement restricts all
 * that fail, one stores the outcomes. Never a query per partner.
 */
@ApplicationScoped
public class CapabilityReviewRepository {

    /** Serialises reviews: two at once would restrict and report the same partners twice. */
    private static final long REVIEW_LOCK = 0x4361706152657669L;

    private final EntityManager entityManager;

    CapabilityReviewRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Candidate(UUID tenantId, String partnerId, EligibilityFacts facts) {
    }

    public record Restricted(UUID tenantId, ProgramStatus status, LocalDate restrictedOn) {
    }

    public record Outcome(UUID tenantId, ProgramStatus previousStatus, ProgramStatus status, List<String> reasonCodes) {
    }

    public void lockReviews() {
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                statement.setLong(1, REVIEW_LOCK);
                statement.executeQuery().close();
            }
            return null;
        });
    }

    /** Every partner whose DIRECT_BILL program has been ACTIVE since {@code asOf} or earlier, with the facts the E2 requirements need as of {@code asOf}. */
    public List<Candidate> activeDirectBillPartners(LocalDate asOf, YearMonth from, YearMonth to) {
        return work(connection -> {
            List<Candidate> candidates = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    WITH ttm AS (
                        SELECT tenant_id, sum(amount_usd) AS total
                        FROM revenue_record
                        WHERE month BETWEEN ? AND ? AND category = 'CLOUD' AND role = 'INDIRECT_RESELLER'
                          AND invoice_status = 'PAID' AND (paid_on IS NULL OR paid_on <= ?)
                        GROUP BY tenant_id)
                    SELECT p.tenant_id, p.partner_id, p.country, coalesce(h.mpn_membership_active, p.mpn_membership_active),
                           coalesce(h.endorsement_authority, p.endorsement_authority),
                           coalesce(h.first_level_support, p.first_level_support),
                           CASE WHEN h.tenant_id IS NULL THEN p.support_plan ELSE h.support_plan END,
                           coalesce(h.accounts_receivable, p.accounts_receivable), coalesce(h.managed_services, p.managed_services),
                           coalesce(t.total, 0), ir.since, coalesce(p.partner_id_location, p.country)
                    FROM partner_program db
                    JOIN partner p ON p.tenant_id = db.tenant_id
                    LEFT JOIN LATERAL (
                        SELECT * FROM partner_fact_history f WHERE f.tenant_id = db.tenant_id AND f.recorded_at < ?
                        ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1) h ON true
                    LEFT JOIN ttm t ON t.tenant_id = db.tenant_id
                    LEFT JOIN partner_program ir ON ir.tenant_id = db.tenant_id AND ir.program = 'INDIRECT_RESELLER'
                                                AND ir.status <> 'REVOKED'
                    WHERE db.program = 'DIRECT_BILL' AND db.status = 'ACTIVE' AND db.since <= ? AND db.status_since <= ?""")) {
                statement.setDate(1, Date.valueOf(from.atDay(1)));
                statement.setDate(2, Date.valueOf(to.atDay(1)));
                statement.setDate(3, Date.valueOf(asOf));
                // the facts as they stood at the end of asOf, as FactsOnDate picks them; before the history: today's
                statement.setTimestamp(4, Timestamp.from(FactsOnDate.endOf(asOf)));
                // E5 judged by asOf only who was an active direct-bill partner on asOf (and still is): not one that
                // enrolled, or was reinstated, after it
                statement.setDate(5, Date.valueOf(asOf));
                statement.setDate(6, Date.valueOf(asOf));
                statement.setFetchSize(5_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String plan = rs.getString(7);
                        Date irSince = rs.getDate(11);
                        EligibilityFacts facts = new EligibilityFacts(asOf, rs.getString(2), rs.getString(3), rs.getString(12), rs.getBoolean(4),
                                rs.getBoolean(5), rs.getBoolean(6), plan == null ? null : SupportPlan.valueOf(plan),
                                rs.getBoolean(8), rs.getInt(9), rs.getBigDecimal(10), from, to,
                                irSince == null ? null : irSince.toLocalDate());
                        candidates.add(new Candidate(rs.getObject(1, UUID.class), rs.getString(2), facts));
                    }
                }
            }
            return candidates;
        });
    }

    /** Every DIRECT_BILL program that is RESTRICTED or SUSPENDED, with the day of its restriction: the escalation's input. */
    public List<Restricted> restrictedDirectBill() {
        return work(connection -> {
            List<Restricted> restricted = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT tenant_id, status, restricted_on FROM partner_program
                    WHERE program = 'DIRECT_BILL' AND status IN ('RESTRICTED', 'SUSPENDED')""");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Date on = rs.getDate(3);
                    restricted.add(new Restricted(rs.getObject(1, UUID.class), ProgramStatus.valueOf(rs.getString(2)),
                            on == null ? null : on.toLocalDate()));
                }
            }
            return restricted;
        });
    }

    /** Sets the DIRECT_BILL status of every tenant in {@code tenants} from {@code from} to {@code to}, in one statement. */
    public int changeDirectBillStatus(List<UUID> tenants, List<ProgramStatus> from, ProgramStatus to, LocalDate on, Instant now) {
        if (tenants.isEmpty()) {
            return 0;
        }
        return work(connection -> {
            int changed;
            try (PreparedStatement statement = connection.prepareStatement("""
                    UPDATE partner_program
                    SET status = ?, status_since = ?,
                        restricted_on = CASE WHEN ? = 'RESTRICTED' THEN ? ELSE restricted_on END
                    WHERE program = 'DIRECT_BILL' AND status = ANY (?) AND tenant_id = ANY (?)""")) {
                statement.setString(1, to.name());
                statement.setDate(2, Date.valueOf(on));
                statement.setString(3, to.name());
                statement.setDate(4, Date.valueOf(on));
                statement.setArray(5, connection.createArrayOf("varchar", from.stream().map(Enum::name).toArray()));
                statement.setArray(6, connection.createArrayOf("uuid", tenants.toArray()));
                changed = statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE partner SET version = version + 1, updated_at = ? WHERE tenant_id = ANY (?)")) {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setArray(2, connection.createArrayOf("uuid", tenants.toArray()));
                statement.executeUpdate();
            }
            return changed;
        });
    }

    public void save(UUID reviewId, LocalDate asOf, String policyVersion, String requestedBy, Instant startedAt,
                     Instant completedAt, int evaluated, int restricted, int escalated, List<Outcome> outcomes) {
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO capability_review (id, as_of, policy_version, requested_by, started_at, completed_at,
                                                   evaluated_count, restricted_count, escalated_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                statement.setObject(1, reviewId);
                statement.setDate(2, Date.valueOf(asOf));
                statement.setString(3, policyVersion);
                statement.setString(4, requestedBy);
                statement.setTimestamp(5, Timestamp.from(startedAt));
                statement.setTimestamp(6, Timestamp.from(completedAt));
                statement.setInt(7, evaluated);
                statement.setInt(8, restricted);
                statement.setInt(9, escalated);
                statement.executeUpdate();
            }
            if (!outcomes.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement("""
                        INSERT INTO capability_review_outcome (review_id, tenant_id, previous_status, status, reason_codes)
                        SELECT ?, t, p, s, r FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[]) AS x(t, p, s, r)""")) {
                    statement.setObject(1, reviewId);
                    statement.setArray(2, connection.createArrayOf("uuid", outcomes.stream().map(Outcome::tenantId).toArray()));
                    statement.setArray(3, connection.createArrayOf("varchar", outcomes.stream().map(o -> o.previousStatus().name()).toArray()));
                    statement.setArray(4, connection.createArrayOf("varchar", outcomes.stream().map(o -> o.status().name()).toArray()));
                    statement.setArray(5, connection.createArrayOf("varchar", outcomes.stream().map(o -> String.join(",", o.reasonCodes())).toArray()));
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    private static final String STORED = """
            SELECT id, as_of, policy_version, requested_by, started_at, completed_at, evaluated_count, restricted_count, escalated_count
            FROM capability_review""";

    /** The reviews, newest first, one page. */
    public List<PastCapabilityReview> history(int page, int size) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(STORED + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?")) {
                statement.setInt(1, size);
                statement.setLong(2, (long) page * size);
                return stored(statement);
            }
        });
    }

    public long count() {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM capability_review");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    public java.util.Optional<PastCapabilityReview> find(UUID id) {
        return work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(STORED + " WHERE id = ?")) {
                statement.setObject(1, id);
                return stored(statement).stream().findFirst();
            }
        });
    }

    /** The outcome per partner of one review, by PartnerID. */
    public List<PastCapabilityReview.PartnerOutcome> outcomes(UUID reviewId) {
        return work(connection -> {
            List<PastCapabilityReview.PartnerOutcome> outcomes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT o.tenant_id, p.partner_id, o.previous_status, o.status, o.reason_codes
                    FROM capability_review_outcome o JOIN partner p ON p.tenant_id = o.tenant_id
                    WHERE o.review_id = ? ORDER BY p.partner_id""")) {
                statement.setObject(1, reviewId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String codes = rows.getString(5);
                        outcomes.add(new PastCapabilityReview.PartnerOutcome(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                                codes.isEmpty() ? List.of() : List.of(codes.split(","))));
                    }
                }
            }
            return outcomes;
        });
    }

    private static List<PastCapabilityReview> stored(PreparedStatement statement) throws SQLException {
        List<PastCapabilityReview> reviews = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reviews.add(new PastCapabilityReview(rows.getObject(1, UUID.class), rows.getDate(2).toLocalDate(), rows.getString(3), rows.getString(4),
                        rows.getTimestamp(5).toInstant(), rows.getTimestamp(6).toInstant(), rows.getInt(7), rows.getInt(8), rows.getInt(9)));
            }
        }
        return reviews;
    }

    private <T> T work(SqlWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
