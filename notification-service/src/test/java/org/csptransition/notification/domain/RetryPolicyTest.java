package org.csptransition.notification.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N2 what could not be sent can be sent again, and only that")
class RetryPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final DeliveryPolicy ONE_ATTEMPT = new DeliveryPolicy(1, Duration.ofSeconds(2), Duration.ofMinutes(5));

    static Notification pending() {
        return Notification.pending(UUID.randomUUID(), UUID.randomUUID(), "directbill.creditcheck.passed.v1", "subject",
                MailTemplate.CREDIT_CHECK_PASSED.id(), UUID.randomUUID(), "eva@fabrikam.example", "sv-SE", "Ämne", "Text", NOW, null);
    }

    static Notification failed() {
        Notification n = pending();
        n.attemptFailed("SMTP down", NOW, ONE_ATTEMPT);
        return n;
    }

    @Test
    @DisplayName("N2 a FAILED e-mail may be retried: it is pending again at once, with a fresh set of attempts")
    void failedIsRetried() {
        Notification n = failed();
        assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);

        Outcome outcome = n.retry(NOW.plusSeconds(60));

        assertThat(outcome.isAllowed()).isTrue();
        assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.attempts()).isZero();
        assertThat(n.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    @DisplayName("N2 a pending or a sent e-mail is refused NOTIFICATION_NOT_FAILED (a conflict naming it and its status) and stays as it is")
    void anythingElseIsRefused() {
        Notification sent = pending();
        sent.sent(NOW);

        for (Notification n : new Notification[] {pending(), sent}) {
            NotificationStatus before = n.status();
            Outcome outcome = n.retry(NOW.plusSeconds(60));

            assertThat(outcome.refusedWith(RetryPolicy.NOT_FAILED)).as(before.name()).isTrue();
            Refusal refusal = outcome.refusals().get(0);
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal.context()).containsEntry("id", n.id().toString()).containsEntry("status", before.name());
            assertThat(refusal.message()).isEqualTo("Notification " + n.id() + " is " + before + "; only a FAILED one can be retried");
            assertThat(n.status()).isEqualTo(before);
        }
    }
}
