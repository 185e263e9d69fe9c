package org.csptransition.eligibility.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.ReviewDeadline;
import org.csptransition.eligibility.persistence.EnrollmentQueueRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The operator's queue of enrollments waiting for it (E3 credit checks, E6 approvals), each with its due date and
 * overdue flag ({@link ReviewDeadline}) as of today by the service's clock; also published as the gauges
 * {@code enrollments_waiting} and {@code enrollments_overdue} (tag {@code kind}).
 */
@ApplicationScoped
public class EnrollmentQueue {

    public enum Sort { DUE_BY, SUBMITTED_AT, PARTNER_ID, COMPANY_NAME }

    public record Item(String kind, UUID enrollmentId, UUID tenantId, String partnerId, String companyName, String country,
                       Instant submittedAt, LocalDate dueBy, boolean overdue, int businessDaysOverdue) {
    }

    public record Page(List<Item> items, int page, int size, int total) {
    }

    private final EnrollmentQueueRepository repository;
    private final Clock clock;

    EnrollmentQueue(EnrollmentQueueRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The gauges exist from startup, not from the first request. */
    void registerGauges(@Observes StartupEvent started, MeterRegistry registry) {
        for (String kind : List.of(EnrollmentQueueRepository.CREDIT_CHECK, EnrollmentQueueRepository.INDIRECT_RESELLER_APPROVAL)) {
            Gauge.builder("enrollments.waiting", this, q -> q.count(kind, false))
                    .description("Enrollments waiting for the operator's decision").tag("kind", kind).register(registry);
            Gauge.builder("enrollments.overdue", this, q -> q.count(kind, true))
                    .description("Enrollments waiting past their due date (5 business days)").tag("kind", kind).register(registry);
        }
    }

    /** One page of the queue; {@code overdueOnly} answers "which enrollments are overdue today". */
    @Transactional
    public Page page(boolean overdueOnly, String kind, Sort sort, boolean descending, int page, int size) {
        List<Item> all = items().stream()
                .filter(i -> !overdueOnly || i.overdue())
                .filter(i -> kind == null || kind.equals(i.kind()))
                .sorted(descending ? comparator(sort).reversed() : comparator(sort))
                .toList();
        int from = (int) Math.min((long) page * size, all.size());
        return new Page(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    private List<Item> items() {
        LocalDate today = LocalDate.now(clock);
        return repository.waiting().stream().map(w -> {
            ReviewDeadline deadline = ReviewDeadline.of(w.submittedAt());
            return new Item(w.kind(), w.enrollmentId(), w.tenantId(), w.partnerId(), w.companyName(), w.country(), w.submittedAt(),
                    deadline.dueBy(), deadline.overdueOn(today), deadline.businessDaysOverdue(today));
        }).toList();
    }

    private double count(String kind, boolean overdueOnly) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> items().stream()
                    .filter(i -> i.kind().equals(kind) && (!overdueOnly || i.overdue())).count());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Comparator<Item> comparator(Sort sort) {
        Comparator<Item> key = switch (sort) {
            case DUE_BY -> Comparator.comparing(Item::dueBy);
            case SUBMITTED_AT -> Comparator.comparing(Item::submittedAt);
            case PARTNER_ID -> Comparator.comparing(Item::partnerId);
            case COMPANY_NAME -> Comparator.comparing(Item::companyName, String.CASE_INSENSITIVE_ORDER);
        };
        return key.thenComparing(Item::submittedAt).thenComparing(Item::enrollmentId);
    }
}
