package org.csptransition.transfer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The numbers of the transfer rules ({@code transfer.*}): what a deployment may change without a release. */
@ConfigMapping(prefix = "transfer")
public interface TransferConfig {

    /** T3/T7: how long a transfer request stays {@code Active} before it expires. */
    @WithDefault("P30D")
    Duration expiration();

    Expiry expiry();

    Processing processing();

    Waves waves();

    interface Expiry {
        /**
         * T7: how often the expiry job looks for {@code Active} requests past their expiration time ({@code off} disables
         * it). Every replica may run it: each request is claimed with {@code SKIP LOCKED}.
         */
        @WithDefault("30s")
        String interval();

        /** How many requests one run expires per transaction. */
        @WithDefault("100")
        int batchSize();
    }

    interface Processing {
        /**
         * T6: an accepted request still {@code InProgress} this long after its last change was interrupted (a crash between
         * its transfer groups); the expiry job finishes it.
         */
        @WithDefault("PT1M")
        Duration resumeAfter();
    }

    interface Waves {
        /**
         * T13: how often the wave worker looks for transition waves with customers still pending ({@code off} disables
         * it). Every replica may run it: each customer is claimed with {@code SKIP LOCKED}.
         */
        @WithDefault("1s")
        String interval();
    }
}
