package org.csptransition.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Per-tenant rate limits, one per operation class ({@code csp.rate-limits.*}; defaults in platform-http's
 * {@code META-INF/microprofile-config.properties}). Each replica counts on its own: with n replicas behind a load
 * balancer a tenant may make up to n times the limit (docs/operations.md#rate-limits).
 */
@ConfigMapping(prefix = "csp.rate-limits")
public interface RateLimitSettings {

    /** Off only where a measurement needs the service without the limiter (benchmarks). */
    @WithDefault("true")
    boolean enabled();

    /** GET and HEAD. */
    Limit reads();

    /** POST, PUT, PATCH and DELETE. */
    Limit writes();

    /** Operations marked {@link Bulk}, whatever their method. */
    Limit bulk();

    interface Limit {

        /** How many requests a tenant may make in one window; a burst of this many is allowed at once. */
        int requests();

        /** The window; the budget refills evenly over it. */
        Duration window();
    }
}
