package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N1 N2 one e-mail in the log and its delivery state")
class NotificationTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static Notification pending(Instant notBefore) {
        return Notification.pending(UUID.randomUUID(), UUID.randomUUID(), "transfer.created.v1", "subject",
                MailTemplate.TRANSFER_EXPIRY_REMINDER.id(), UUID.randomUUID(), "lars@northwind.example", "en-US", "S", "B", NOW, notBefore);
    }

    @Test
    @DisplayName("N1 a scheduled e-mail is first tried when it is due; an unscheduled one, or one due in the past, at once")
    void scheduled() {
        Instant later = NOW.plus(Duration.ofDays(3));
        assertThat(pending(later).nextAttemptAt()).isEqualTo(later);
        assertThat(pending(NOW.minusSeconds(1)).nextAttemptAt()).isEqualTo(NOW);
        assertThat(pending(null).nextAttemptAt()).isEqualTo(NOW);
        assertThat(pending(later).createdAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("N2 a failed attempt waits with backoff and keeps the error; the last one makes the e-mail FAILED")
    void failedAttempts() {
        DeliveryPolicy twoAttempts = new DeliveryPolicy(2, Duration.ofSeconds(2), Duration.ofMinutes(5));
        Notification n = pending(null);

        n.attemptFailed("SMTP down", NOW, twoAttempts);
        assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(n.lastError()).isEqualTo("SMTP down");

        n.attemptFailed("SMTP still down", NOW.plusSeconds(2), twoAttempts);
        assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts()).isEqualTo(2);
    }
}
