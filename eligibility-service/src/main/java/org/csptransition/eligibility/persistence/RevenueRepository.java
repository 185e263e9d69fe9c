package org.csptransition.eligibility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.csptransition.eligibility.domain.InvoiceStatus;
import org.csptransition.eligibility.domain.RevenueCategory;
import org.csptransition.eligibility.domain.RevenueRecord;
import org.csptransition.eligibility.domain.RevenueRole;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** E2 revenue per invoice, kept as plain rows (a value, not an aggregate): upserted by invoice id. */
@ApplicationScoped
public class RevenueRepository {

    private final EntityManager entityManager;

    RevenueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts or replaces each record in one batch; returns how many replaced an earlier record. */
    public int upsert(UUID tenantId, List<RevenueRecord> records, Instant now) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            int replaced = 0;
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO revenue_record (tenant_id, month, category, role, invoice_status, amount_usd, recorded_at,
                                                invoice_id, paid_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (tenant_id, invoice_id)
                    DO UPDATE SET month = EXCLUDED.month, category = EXCLUDED.category, role = EXCLUDED.role,
                                  invoice_status = EXCLUDED.invoice_status, amount_usd = EXCLUDED.amount_usd,
                                  recorded_at = EXCLUDED.recorded_at, paid_on = EXCLUDED.paid_on
                    RETURNING (xmax <> 0)""")) {
                for (RevenueRecord record : records) {
                    statement.setObject(1, tenantId);
                    statement.setDate(2, Date.valueOf(record.month().atDay(1)));
                    statement.setString(3, record.category().name());
                    statement.setString(4, record.role().name());
                    statement.setString(5, record.invoiceStatus().name());
                    statement.setBigDecimal(6, record.amountUsd());
                    statement.setTimestamp(7, Timestamp.from(now));
                    statement.setString(8, record.invoiceId());
                    statement.setDate(9, record.paidOn() == null ? null : Date.valueOf(record.paidOn()));
                    try (ResultSet rs = statement.executeQuery()) {
                        if (rs.next() && rs.getBoolean(1)) {
                            replaced++;
                        }
                    }
                }
            }
            return replaced;
        });
    }

    /** The records of the months {@code from} to {@code to}, inclusive. */
    public List<RevenueRecord> between(UUID tenantId, YearMonth from, YearMonth to) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT month, amount_usd, category, invoice_status, role, invoice_id, paid_on FROM revenue_record
                    WHERE tenant_id = ? AND month BETWEEN ? AND ? ORDER BY month, category, role, invoice_id""")) {
                statement.setObject(1, tenantId);
                statement.setDate(2, Date.valueOf(from.atDay(1)));
                statement.setDate(3, Date.valueOf(to.atDay(1)));
                List<RevenueRecord> records = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        LocalDate month = rs.getDate(1).toLocalDate();
                        BigDecimal amount = rs.getBigDecimal(2);
                        Date paidOn = rs.getDate(7);
                        records.add(new RevenueRecord(rs.getString(6), YearMonth.from(month), amount,
                                RevenueCategory.valueOf(rs.getString(3)), InvoiceStatus.valueOf(rs.getString(4)),
                                RevenueRole.valueOf(rs.getString(5)), paidOn == null ? null : paidOn.toLocalDate()));
                    }
                }
                return records;
            }
        });
    }
}
