package org.csptransition.notification.domain.webhook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N4 failing webhooks are retried with exponential backoff and jitter for three days")
class WebhookRetryPolicyTest {

    private final WebhookRetryPolicy policy = new WebhookRetryPolicy(Duration.ofSeconds(5), Duration.ofHours(6), 0.2, Duration.ofDays(3));

    @Test
    @DisplayName("N4 each wait doubles from the first up to the most, and jitter shortens it by at most its share")
    void exponentialWithJitter() {
        assertThat(policy.baseBackoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.baseBackoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.baseBackoffAfter(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(policy.baseBackoffAfter(40)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.backoffAfter(3, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoffAfter(3, 0.999999)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.backoffAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(18));
    }

    @Test
    @DisplayName("N4 it gives up three days after the failures began, not before")
    void threeDays() {
        Instant since = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(policy.givesUp(since, since.plus(Duration.ofDays(3)).minusMillis(1))).isFalse();
        assertThat(policy.givesUp(since, since.plus(Duration.ofDays(3)))).isTrue();
        assertThat(policy.givesUp(null, since)).isFalse();
    }

    @Test
    @DisplayName("N4 a delivery failing for three days is FAILED; one redelivered gets its three days again")
    void deliveryGivesUpAndRedelivers() {
        Instant t0 = Instant.parse("2026-12-01T00:00:00Z");
        WebhookDelivery d = WebhookDelivery.pending(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                "transfer.created.v1", "t", "{}", t0);
        d.attemptFailed(500, "HTTP 500", t0, policy, 0);
        assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(d.nextAttemptAt()).isEqualTo(t0.plusSeconds(5));
        d.attemptFailed(null, "timeout", t0.plus(Duration.ofDays(3)), policy, 0);
        assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(d.attempts()).isEqualTo(2);
        Instant later = t0.plus(Duration.ofDays(5));
        d.redeliver(later);
        assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        d.attemptFailed(500, "HTTP 500", later.plusSeconds(1), policy, 0);
        assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
    }
}
