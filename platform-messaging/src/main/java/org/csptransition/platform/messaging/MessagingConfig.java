package org.csptransition.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of the outbox relay and the event consumers ({@code platform.messaging.*}). */
@ConfigMapping(prefix = "platform.messaging")
public interface MessagingConfig {

    Relay relay();

    Consumer consumer();

    interface Relay {
        /** Whether this instance publishes the outbox; every replica may (rows are claimed with SKIP LOCKED). */
        @WithDefault("true")
        boolean enabled();

        /** The safety-net poll; commits wake the relay at once. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long a batch waits for the broker's acknowledgements before it counts as failed and is retried. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** The longest pause between attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();
    }

    interface Consumer {
        /** Whether this instance consumes events. */
        @WithDefault("true")
        boolean enabled();

        /** Attempts to handle one event before it goes to the dead-letter topic. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("2s")
        Duration maxBackoff();
    }
}
