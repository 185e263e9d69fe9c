package org.csptransition.relationship.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.http.Idempotency;

import java.time.Duration;

/**
 * The service's periodic work, safe on any number of replicas: the purge of Idempotency-Keys older than 24 hours.
 * Invitations need no job: an invitation past its expiry is EXPIRED whenever it is read or accepted.
 */
@ApplicationScoped
public class ScheduledJobs {

    private final Idempotency idempotency;

    ScheduledJobs(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeIdempotencyKeys() {
        idempotency.purgeOlderThan(Duration.ofHours(24));
    }
}
