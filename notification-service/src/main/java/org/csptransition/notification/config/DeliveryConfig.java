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

    /** How long one e-mail may take to be accepted before the attempt counts as failed. */
    @WithDefault("30s")
    Duration sendTimeout();

    default DeliveryPolicy policy() {
        return new DeliveryPolicy(maxAttempts(), firstBackoff(), maxBackoff());
    }
}
