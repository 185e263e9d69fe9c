package org.csptransition.notification.webhook;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system clock until a test fixes it (the webhook retry schedule over three days,
 * without waiting them). Replaces platform-context's default clock bean; a test that fixes it resets it afterwards.
 */
@Singleton
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void fixAt(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration by) {
        fixed = instant().plus(by);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
