package org.csptransition.notification.domain.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * N4 how a failing delivery is retried: exponential backoff ({@code firstBackoff}, doubling, at most {@code maxBackoff})
 * with jitter (each wait shortened by a random share of at most {@code jitter}, so endpoints that failed together do not
 * all come back at the same instant), for {@code giveUpAfter} (3 days) from the delivery's creation. After that the
 * delivery is FAILED (visible in the log, redeliverable); an endpoint failing that long is disabled.
 */
public record WebhookRetryPolicy(Duration firstBackoff, Duration maxBackoff, double jitter, Duration giveUpAfter) {

    public WebhookRetryPolicy {
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a share in [0, 1)");
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("0 < firstBackoff <= maxBackoff");
        }
    }

    /** The wait without jitter after the given number of failed attempts (1 = the first failure). */
    public Duration baseBackoffAfter(int failedAttempts) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The wait after {@code failedAttempts}, with {@code random} in [0, 1) choosing the jitter: within [base·(1−jitter), base]. */
    public Duration backoffAfter(int failedAttempts, double random) {
        Duration base = baseBackoffAfter(failedAttempts);
        return Duration.ofMillis(Math.round(base.toMillis() * (1 - jitter * random)));
    }

    /** Whether something failing since {@code since} has failed long enough at {@code now} to stop trying. */
    public boolean givesUp(Instant since, Instant now) {
        return since != null && !now.isBefore(since.plus(giveUpAfter));
    }
}
