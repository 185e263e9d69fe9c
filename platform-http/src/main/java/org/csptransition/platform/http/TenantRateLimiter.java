package org.csptransition.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One token bucket (Bucket4j) per tenant and operation class: a tenant may spend {@code requests} at once and gets them
 * back evenly over the {@code window}; another tenant's bucket is untouched by it, so one tenant's runaway script is
 * answered 429 cheaply while the others are served as usual. A bucket nobody used for two windows is dropped (it would be
 * full again anyway), so memory follows the tenants active now. Counts in this replica only (see {@link RateLimitSettings}).
 */
@ApplicationScoped
public class TenantRateLimiter {

    /** Which budget an operation spends. */
    public enum OperationClass {
        READS, WRITES, BULK;

        /** The name in headers and problems: {@code reads}, {@code writes}, {@code bulk}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The outcome of one request against its tenant's budget; {@code resetSeconds} until the budget is full again. */
    public record Decision(OperationClass operationClass, boolean allowed, int limit, long windowSeconds, long remaining,
                           long resetSeconds, long retryAfterSeconds) {
    }

    private record Key(UUID tenant, OperationClass operationClass) {
    }

    private final RateLimitSettings settings;
    private final Cache<Key, Bucket> buckets;

    TenantRateLimiter(RateLimitSettings settings) {
        this.settings = settings;
        Duration longest = Stream.of(settings.reads(), settings.writes(), settings.bulk())
                .map(RateLimitSettings.Limit::window).max(Duration::compareTo).orElseThrow();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(longest.multipliedBy(2)).maximumSize(100_000).build();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public Decision tryAcquire(UUID tenant, OperationClass operationClass) {
        RateLimitSettings.Limit limit = limit(operationClass);
        Bucket bucket = buckets.get(new Key(tenant, operationClass), key -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.window())).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long windowSeconds = Math.max(1, limit.window().toSeconds());
        if (probe.isConsumed()) {
            return new Decision(operationClass, true, limit.requests(), windowSeconds, probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), 0);
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return new Decision(operationClass, false, limit.requests(), windowSeconds, 0, retryAfter, retryAfter);
    }

    private RateLimitSettings.Limit limit(OperationClass operationClass) {
        return switch (operationClass) {
            case READS -> settings.reads();
            case WRITES -> settings.writes();
            case BULK -> settings.bulk();
        };
    }

    /** Whole seconds, rounded up: a client that waits this long finds the token there. */
    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
