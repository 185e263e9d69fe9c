package org.csptransition.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.csptransition.notification.domain.webhook.WebhookRetryPolicy;

import java.time.Duration;

/** How webhooks are delivered ({@code notification.webhooks.*}, N4). */
@ConfigMapping(prefix = "notification.webhooks")
public interface WebhookConfig {

    /**
     * SSRF: whether endpoints may be loopback or private addresses and plain http. Only dev and test turn it on (their
     * receivers run on the same machine); link-local, unspecified and multicast addresses are refused even then.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** The wait after the first failed attempt; it doubles with each further failure, up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration firstBackoff();

    @WithDefault("6h")
    Duration maxBackoff();

    /** The largest share by which a wait is shortened at random, so retries of many deliveries spread out. */
    @WithDefault("0.2")
    double jitter();

    /** How long a delivery is retried, and how long an endpoint may fail every attempt before it is disabled. */
    @WithDefault("3d")
    Duration giveUpAfter();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The longest an attempt may take, answer body included; a slower endpoint's attempt fails. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long a claimed delivery is kept from other senders; longer than {@link #requestTimeout()}. */
    @WithDefault("1m")
    Duration lease();

    /**
     * Attempts in flight at once, over all endpoints (asynchronous: a connection each, no thread). A slow or dead endpoint
     * holds at most {@link #maxInFlightPerEndpoint()} of them, so this many divided by that many such endpoints at once
     * can slow the others: raise it with the number of endpoints.
     */
    @WithDefault("256")
    int maxInFlight();

    /**
     * Attempts in flight at once to one endpoint: a slow or dead endpoint holds at most these; a healthy one gets about
     * this many divided by its answer time per second (16 at 100 ms: 160 webhooks a second).
     */
    @WithDefault("16")
    int maxInFlightPerEndpoint();

    /** The safety-net poll; a committed delivery wakes the sender at once. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the previous secret keeps signing after a rotation, unless the rotation says otherwise. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** The base URL of transfer-service, for the links in transfer webhooks. */
    @WithDefault("http://localhost:8083")
    String transferServiceUrl();

    /** The base URL of relationship-service, for the links in relationship webhooks. */
    @WithDefault("http://localhost:8082")
    String relationshipServiceUrl();

    /** The most deliveries one time-range redelivery sends again. */
    @WithDefault("1000")
    int maxRedeliveries();

    default WebhookRetryPolicy policy() {
        return new WebhookRetryPolicy(firstBackoff(), maxBackoff(), jitter(), giveUpAfter());
    }
}
