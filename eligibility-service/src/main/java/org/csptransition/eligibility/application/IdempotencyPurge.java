package org.csptransition.eligibility.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.http.Idempotency;

import java.time.Duration;

/** The purge of Idempotency-Keys older than 24 hours, as in relationship- and transfer-service; safe on any number of replicas. */
@ApplicationScoped
public class IdempotencyPurge {

    private final Idempotency idempotency;

    IdempotencyPurge(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeIdempotencyKeys() {
        idempotency.purgeOlderThan(Duration.ofHours(24));
    }
}
