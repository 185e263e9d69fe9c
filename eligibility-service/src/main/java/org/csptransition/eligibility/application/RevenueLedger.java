package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.RevenueRecord;
import org.csptransition.eligibility.domain.TrailingTwelveMonths;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.eligibility.persistence.RevenueRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** E2: the operator loads revenue per invoice; anyone allowed reads the trailing-twelve-month sum and what it left out. */
@ApplicationScoped
public class RevenueLedger {

    private final PartnerRepository partners;
    private final RevenueRepository revenue;
    private final Clock clock;

    RevenueLedger(PartnerRepository partners, RevenueRepository revenue, Clock clock) {
        this.partners = partners;
        this.revenue = revenue;
        this.clock = clock;
    }

    public record Recorded(int recorded, int replaced) {
    }

    /** Records every invoice at once or none; the same invoice id again replaces the earlier record. */
    @Transactional
    public Recorded record(UUID tenantId, List<RevenueRecord> records) {
        Partners.existing(partners, tenantId);
        RevenueRecord.check(records, LocalDate.now(clock)).orThrow();
        int replaced = revenue.upsert(tenantId, records, Instant.now(clock));
        return new Recorded(records.size(), replaced);
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
