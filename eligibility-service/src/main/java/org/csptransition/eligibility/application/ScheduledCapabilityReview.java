package org.csptransition.eligibility.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/** E5: the capability review on a schedule, as of the day it runs. Off unless {@code eligibility.capability-review.cron} is set. */
@ApplicationScoped
public class ScheduledCapabilityReview {

    private final CapabilityReviews reviews;
    private final Clock clock;

    ScheduledCapabilityReview(CapabilityReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Scheduled(identity = "capability-review", cron = "${eligibility.capability-review.cron:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        reviews.run(LocalDate.now(clock), "scheduler");
    }
}
