package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N2 a failing mail server delays e-mails with doubling waits, up to a last attempt")
class DeliveryPolicyTest {

    final DeliveryPolicy policy = new DeliveryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    @DisplayName("N2 each failed attempt waits twice as long as the one before, never longer than the maximum")
    void backoff() {
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffAfter(7)).isEqualTo(Duration.ofSeconds(128));
        assertThat(policy.backoffAfter(9)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    @DisplayName("N2 after the last attempt the e-mail is FAILED, visible, for the operator to retry")
    void exhausted() {
        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
    }
}
