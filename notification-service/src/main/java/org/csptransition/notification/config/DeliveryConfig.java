package org.csptransition.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.csptransition.notification.domain.DeliveryPolicy;

import java.time.Duration;

/** How e-mails are delivered ({@code notification.delivery.*}). */
@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {

    /** Attempts before an e-mail is FAILED (N2); the operator can retry it then. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles with each further failure. */
    @WithDefault("2s")
    Duration firstBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** The safety-net poll; a committed notification wakes the sender at once. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("50")
    int batchSize();

    /**
     * How long the sender waits for the server to accept one e-mail; one not confirmed by then is neither SENT nor
     * failed, and goes again (same Message-ID) when its {@link #lease()} ends.
     */
    @WithDefault("2m")
    Duration sendTimeout();

    /** How long a claimed e-mail is kept from other senders; longer than {@link #sendTimeout()}. */
    @WithDefault("5m")
    Duration lease();

    /** The domain part of every e-mail's stable {@code Message-ID}. */
    @WithDefault("csp-transition.example")
    String messageIdDomain();

    default DeliveryPolicy policy() {
        return new DeliveryPolicy(maxAttempts(), firstBackoff(), maxBackoff());
    }
}
