package org.csptransition.transfer.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.csptransition.transfer.domain.TransferStatus;
import org.csptransition.transfer.persistence.TransferSearchRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The operator's dashboard figures of transfers: the gauge {@code transfers} (tag {@code status}: how many are in each
 * status now, from the database, so every replica reports the same) and the timer {@code transfers.time.to.close} (tag
 * {@code status}: the final one), from its creation to the moment it reached a final status, as a histogram.
 */
@ApplicationScoped
public class TransferMetrics {

    /** One transfer reached a final status; recorded after its transaction commits, so a rolled-back close never counts. */
    public record Closed(TransferStatus status, Instant createdAt, Instant closedAt) {
    }

    /** A scrape reads all eight gauges; one query serves them for this long. */
    private static final Duration COUNTS_FRESH_FOR = Duration.ofSeconds(5);

    private final TransferSearchRepository repository;
    private final MeterRegistry meters;
    private volatile Map<TransferStatus, Long> counts;
    private volatile long countedAt;

    TransferMetrics(TransferSearchRepository repository, MeterRegistry meters) {
        this.repository = repository;
        this.meters = meters;
    }

    void registerGauges(@Observes StartupEvent started) {
        for (TransferStatus status : TransferStatus.values()) {
            Gauge.builder("transfers", this, m -> m.count(status)).description("Transfers in each status now")
                    .tag("status", status.wireName()).register(meters);
        }
    }

    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Closed closed) {
        Timer.builder("transfers.time.to.close").description("Time from a transfer's creation to its final status")
                .tag("status", closed.status().wireName())
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofDays(60))
                .register(meters).record(Duration.between(closed.createdAt(), closed.closedAt()));
    }

    private double count(TransferStatus status) {
        long now = System.nanoTime();
        Map<TransferStatus, Long> known = counts;
        if (known == null || now - countedAt > COUNTS_FRESH_FOR.toNanos()) {
            try {
                known = QuarkusTransaction.requiringNew().call(repository::countByStatus);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            counts = known;
            countedAt = now;
        }
        return known.get(status);
    }
}
