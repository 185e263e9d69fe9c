package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N1 which transfer fact becomes which e-mail, to the side that must act")
class TransferMailRulesTest {

    static final UUID PARTNER = UUID.randomUUID();
    static final UUID PROVIDER = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Duration LEAD = Duration.ofDays(3);

    static List<Mail> mails(TransferFact fact) {
        return TransferMailRules.mails(fact, PARTNER, PROVIDER, NOW, NOW.plus(Duration.ofDays(30)), LEAD);
    }

    @Test
    @DisplayName("T3 a new request goes to the provider, with a reminder the configured lead before it expires")
    void createdWithReminder() {
        assertThat(mails(TransferFact.CREATED)).containsExactly(Mail.to(PROVIDER, MailTemplate.TRANSFER_CREATED),
                Mail.to(PROVIDER, MailTemplate.TRANSFER_EXPIRY_REMINDER).notBefore(NOW.plus(Duration.ofDays(27))));
    }

    @Test
    @DisplayName("T3 no reminder for a request too short for one, or without an expiry")
    void createdWithoutReminder() {
        assertThat(TransferMailRules.mails(TransferFact.CREATED, PARTNER, PROVIDER, NOW, NOW.plus(Duration.ofDays(3)), LEAD))
                .containsExactly(Mail.to(PROVIDER, MailTemplate.TRANSFER_CREATED));
        assertThat(TransferMailRules.mails(TransferFact.CREATED, PARTNER, PROVIDER, NOW, null, LEAD))
                .containsExactly(Mail.to(PROVIDER, MailTemplate.TRANSFER_CREATED));
    }

    @Test
    @DisplayName("T5 T6 T7 an ended or processed request is told to both sides, partner first")
    void endedToBoth() {
        assertThat(mails(TransferFact.REJECTED)).containsExactly(Mail.to(PARTNER, MailTemplate.TRANSFER_REJECTED),
                Mail.to(PROVIDER, MailTemplate.TRANSFER_REJECTED));
        assertThat(mails(TransferFact.WITHDRAWN)).extracting(Mail::template).containsOnly(MailTemplate.TRANSFER_WITHDRAWN);
        assertThat(mails(TransferFact.EXPIRED)).extracting(Mail::template).containsOnly(MailTemplate.TRANSFER_EXPIRED);
        assertThat(mails(TransferFact.COMPLETED)).extracting(Mail::template).containsOnly(MailTemplate.TRANSFER_COMPLETED);
        assertThat(mails(TransferFact.PARTIALLY_COMPLETED)).extracting(Mail::template).containsOnly(MailTemplate.TRANSFER_PARTIALLY_COMPLETED);
        assertThat(mails(TransferFact.FAILED)).extracting(Mail::recipientTenantId).containsExactly(PARTNER, PROVIDER);
    }

    @Test
    @DisplayName("T8 T9 T6 a verification goes to the side that did not verify; an acceptance alone goes to no one")
    void verificationsAndAcceptance() {
        assertThat(mails(TransferFact.PROVIDER_VERIFIED)).containsExactly(Mail.to(PARTNER, MailTemplate.TRANSFER_PROVIDER_VERIFIED));
        assertThat(mails(TransferFact.PARTNER_VERIFIED)).containsExactly(Mail.to(PROVIDER, MailTemplate.TRANSFER_PARTNER_VERIFIED));
        assertThat(mails(TransferFact.ACCEPTED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TransferFact.class, names = "CREATED", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("T7 every fact after the request was made cancels its expiry reminder")
    void everyLaterFactCancelsTheReminder(TransferFact fact) {
        assertThat(TransferMailRules.cancelsExpiryReminder(fact)).isTrue();
    }

    @Test
    @DisplayName("T7 the request itself keeps its reminder")
    void creationKeepsTheReminder() {
        assertThat(TransferMailRules.cancelsExpiryReminder(TransferFact.CREATED)).isFalse();
    }
}
