package org.csptransition.transfer.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.transfer.config.TransferConfig;

import java.time.Duration;

/**
 * The service's periodic work, safe on any number of replicas: T7 expiry ({@code transfer.expiry.interval}, {@code off}
 * disables it), finishing accepted requests a crash interrupted (T6, on the same schedule), the purge of
 * Idempotency-Keys older than 24 hours, and the customers of transition waves still pending (T13,
 * {@code transfer.waves.interval}).
 */
@ApplicationScoped
public class ScheduledJobs {

    private final TransferExpiry expiry;
    private final TransferAcceptance acceptance;
    private final Idempotency idempotency;
    private final TransferConfig config;
    private final TransitionWaveWorker waves;

    ScheduledJobs(TransferExpiry expiry, TransferAcceptance acceptance, Idempotency idempotency, TransferConfig config,
                  TransitionWaveWorker waves) {
        this.waves = waves;
        this.expiry = expiry;
        this.acceptance = acceptance;
        this.idempotency = idempotency;
        this.config = config;
    }

    @Scheduled(identity = "transfer-expiry", every = "${transfer.expiry.interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int batch = config.expiry().batchSize();
        while (expiry.expireDue() == batch) {
            // a full batch: there may be more due
        }
        acceptance.resumeInterrupted();
    }

    /** T13: the transition waves' pending customers, resumed after a restart like any other run. */
    @Scheduled(identity = "transition-waves", every = "${transfer.waves.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void transitionWaves() {
        waves.run();
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeIdempotencyKeys() {
        idempotency.purgeOlderThan(Duration.ofHours(24));
    }
}
