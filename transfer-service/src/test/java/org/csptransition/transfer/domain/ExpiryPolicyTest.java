package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("T7 the expiry boundary")
class ExpiryPolicyTest {

    @Test
    @DisplayName("expired from the expiration time on, inclusive")
    void boundary() {
        Instant expiration = Instant.parse("2026-12-27T09:10:11.123Z");
        assertThat(ExpiryPolicy.isExpired(expiration, expiration.minusNanos(1))).isFalse();
        assertThat(ExpiryPolicy.isExpired(expiration, expiration)).isTrue();
        assertThat(ExpiryPolicy.isExpired(expiration, expiration.plusSeconds(1))).isTrue();
    }
}
