package org.csptransition.notification.domain;

import java.time.Duration;

/**
 * N2 A failing mail server delays e-mails, never loses them: each failed attempt waits twice as long as the previous
 * one (from {@code firstBackoff}, at most {@code maxBackoff}); after {@code maxAttempts} the e-mail is FAILED,
 * visible in the log, and can be retried by the operator.
 */
public record DeliveryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration backoffAfter(int failedAttempts) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
