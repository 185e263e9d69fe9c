package org.csptransition.eligibility.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.messaging.AuditTrail;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.RevenueRecord;
import org.csptransition.eligibility.domain.TrailingTwelveMonths;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.eligibility.persistence.RevenueRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** E2: the operator loads revenue per invoice; anyone allowed reads the trailing-twelve-month sum and what it left out. */
@ApplicationScoped
public class RevenueLedger {

    /** The audit action of a revenue load: it publishes no event, so the trail is its only record of who loaded what. */
    public static final String REVENUE_RECORDED = "partner.revenue.recorded";

    private final PartnerRepository partners;
    private final RevenueRepository revenue;
    private final Clock clock;
    private final AuditTrail audit;
    private final ObjectMapper json;

    RevenueLedger(PartnerRepository partners, RevenueRepository revenue, Clock clock, AuditTrail audit, ObjectMapper json) {
        this.partners = partners;
        this.revenue = revenue;
        this.clock = clock;
        this.audit = audit;
        this.json = json;
    }

    public record Recorded(int recorded, int replaced) {
    }

    /** Records every invoice at once or none; the same invoice id again replaces the earlier record. */
    @Transactional
    public Recorded record(UUID tenantId, List<RevenueRecord> records) {
        Partners.existing(partners, tenantId);
        RevenueRecord.check(records, LocalDate.now(clock)).orThrow();
        int replaced = revenue.upsert(tenantId, records, Instant.now(clock));
        audit.recordChange("partner", tenantId.toString(), REVENUE_RECORDED, Set.of(tenantId), change(records, replaced));
        return new Recorded(records.size(), replaced);
    }

    /** What the load changed: every record as it was loaded, and how many replaced an earlier one. */
    private String change(List<RevenueRecord> records, int replaced) {
        List<Map<String, Object>> loaded = records.stream().map(r -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("invoiceId", r.invoiceId());
            one.put("month", r.month().toString());
            one.put("amountUsd", r.amountUsd().toPlainString());
            one.put("category", r.category().name());
            one.put("role", r.role().name());
            one.put("invoiceStatus", r.invoiceStatus().name());
            one.put("paidOn", r.paidOn() == null ? null : r.paidOn().toString());
            return one;
        }).toList();
        try {
            return json.writeValueAsString(Map.of("records", loaded, "replaced", replaced));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A revenue load that cannot be written as JSON", e);
        }
    }

    @Transactional
    public TrailingTwelveMonths trailingTwelveMonths(UUID tenantId, LocalDate asOf) {
        Partners.existing(partners, tenantId);
        return of(revenue, tenantId, asOf);
    }

    static TrailingTwelveMonths of(RevenueRepository revenue, UUID tenantId, LocalDate asOf) {
        return TrailingTwelveMonths.of(asOf, revenue.between(tenantId, TrailingTwelveMonths.firstMonth(asOf),
                TrailingTwelveMonths.lastMonth(asOf)));
    }
}
