package org.csptransition.notification.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.csptransition.notification.persistence.FailedNotificationRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * N2 the operator's queue of failed e-mails (each retried with POST /v1/notifications/{id}/retry), and the gauge
 * {@code notifications.failed.waiting}: how many wait now, from the database, so every replica reports the same (the
 * counter {@code notifications.failed} counts per process since its start).
 */
@ApplicationScoped
public class FailedNotifications {

    /** Unset fields do not filter. */
    public record Criteria(String eventType, UUID recipientTenantId) {
    }

    public enum Sort { CREATED_AT, EVENT_TYPE, RECIPIENT_EMAIL, ATTEMPTS }

    public record Failed(UUID id, UUID eventId, String eventType, String subjectId, String template, UUID recipientTenantId,
                         String recipientEmail, String locale, int attempts, String lastError, Instant createdAt) {
    }

    /** One page; {@code total} counts every failed e-mail the criteria match. */
    public record Page(List<Failed> items, int total) {
    }

    private final FailedNotificationRepository repository;

    FailedNotifications(FailedNotificationRepository repository) {
        this.repository = repository;
    }

    void registerGauge(@Observes StartupEvent started, MeterRegistry meters) {
        Gauge.builder("notifications.failed.waiting", this, FailedNotifications::waiting)
                .description("e-mails that ran out of attempts and wait for the operator's retry").register(meters);
    }

    @Transactional
    public Page page(Criteria criteria, Sort sort, boolean descending, int page, int size) {
        long offset = (long) page * size;
        var found = repository.page(new FailedNotificationRepository.Criteria(criteria.eventType(), criteria.recipientTenantId()),
                FailedNotificationRepository.Sort.valueOf(sort.name()), descending, (int) Math.min(offset, Integer.MAX_VALUE), size);
        return new Page(found.items().stream().map(f -> new Failed(f.id(), f.eventId(), f.eventType(), f.subjectId(), f.template(),
                f.recipientTenantId(), f.recipientEmail(), f.locale(), f.attempts(), f.lastError(), f.createdAt())).toList(), found.total());
    }

    private double waiting() {
        try {
            return QuarkusTransaction.requiringNew().call(repository::count);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
