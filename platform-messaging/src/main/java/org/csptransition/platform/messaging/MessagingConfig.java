package org.csptransition.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of the outbox relay and the event consumers ({@code platform.messaging.*}). */
@ConfigMapping(prefix = "platform.messaging")
public interface MessagingConfig {

    Outbox outbox();

    Audit audit();

    /** The audit trail written with every outbox row ({@link AuditTrail}). */
    interface Audit {
        /** Off in a service without an outbox (notification-service records no events, so it has no trail). */
        @WithDefault("true")
        boolean enabled();

        /** How long an audit entry is kept; older entries are purged hourly. */
        @WithDefault("3650d")
        Duration retention();
    }

    Relay relay();

    Consumer consumer();

    interface Outbox {
        /**
         * The largest event the outbox takes, as UTF-8 JSON; below the broker's and the producer's 1 MiB default
         * ({@code message.max.bytes}, {@code max.request.size}) with room for the record's key and headers.
         */
        @WithDefault("900000")
        int maxEventBytes();
    }

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

        /**
         * Attempts to handle one event in line, on the consumer's thread, before it is parked; short, because every
         * key behind it on the partition waits meanwhile.
         */
        @WithDefault("3")
        int maxAttempts();

        /**
         * At most this many consecutive records of a poll are handled in one inbox transaction (each still recorded
         * once per event id); a batch that fails is rolled back and its records handled again one at a time, each
         * with its own in-line retries and parking. 1 handles every record in its own transaction.
         */
        @WithDefault("100")
        int batchSize();

        /**
         * The partitions of one poll are handled by up to this many threads at once, each partition by one thread in
         * its order (so a key's events keep theirs); 1 handles them one after another on the polling thread.
         */
        @WithDefault("3")
        int threads();

        @WithDefault("100ms")
        Duration initialBackoff();

        /** The longest in-line pause, also the pause while the database or the broker is away. */
        @WithDefault("2s")
        Duration maxBackoff();

        Parked parked();
    }

    /** A parked event is retried with backoff, apart from the partition, until it succeeds or is dead. */
    interface Parked {
        /** Attempts of a parked event before it is dead (and copied to {@code <topic>.dlq}); an operator can replay it. */
        @WithDefault("20")
        int maxAttempts();

        /** The wait before the first retry of a parked event; it doubles with each further failure. */
        @WithDefault("1s")
        Duration firstBackoff();

        @WithDefault("1m")
        Duration maxBackoff();

        /** How often the consumer looks for parked events that came due. */
        @WithDefault("500ms")
        Duration pollInterval();
    }
}
