package org.csptransition.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * N1 which transfer fact (T3–T9) becomes which e-mail to whom: created (and a reminder before expiry) to the provider;
 * rejected, withdrawn, expired, completed, partially completed and failed to both; provider verified to the partner;
 * partner verified to the provider. Accepted sends nothing by itself: its outcome follows.
 */
public final class TransferMailRules {

    private TransferMailRules() {
    }

    /**
     * The e-mails of {@code fact} about a transfer from {@code partner} to {@code provider}. T3/T7: the provider is reminded
     * {@code reminderLead} before the request expires, if that moment is still ahead when the request is made.
     */
    public static List<Mail> mails(TransferFact fact, UUID partner, UUID provider, Instant happenedAt, Instant expirationTime,
                                   Duration reminderLead) {
        return switch (fact) {
            case CREATED -> created(provider, happenedAt, expirationTime, reminderLead);
            case ACCEPTED -> List.of();
            case REJECTED -> both(partner, provider, MailTemplate.TRANSFER_REJECTED);
            case WITHDRAWN -> both(partner, provider, MailTemplate.TRANSFER_WITHDRAWN);
            case EXPIRED -> both(partner, provider, MailTemplate.TRANSFER_EXPIRED);
            case COMPLETED -> both(partner, provider, MailTemplate.TRANSFER_COMPLETED);
            case PARTIALLY_COMPLETED -> both(partner, provider, MailTemplate.TRANSFER_PARTIALLY_COMPLETED);
            case FAILED -> both(partner, provider, MailTemplate.TRANSFER_FAILED);
            case PROVIDER_VERIFIED -> List.of(Mail.to(partner, MailTemplate.TRANSFER_PROVIDER_VERIFIED));
            case PARTNER_VERIFIED -> List.of(Mail.to(provider, MailTemplate.TRANSFER_PARTNER_VERIFIED));
        };
    }

    /** Once the provider has decided (or the request ended), a reminder to decide is pointless: every fact but CREATED cancels it. */
    public static boolean cancelsExpiryReminder(TransferFact fact) {
        return fact != TransferFact.CREATED;
    }

    private static List<Mail> created(UUID provider, Instant happenedAt, Instant expirationTime, Duration reminderLead) {
        List<Mail> mails = new ArrayList<>();
        mails.add(Mail.to(provider, MailTemplate.TRANSFER_CREATED));
        if (expirationTime != null) {
            Instant remindAt = expirationTime.minus(reminderLead);
            if (remindAt.isAfter(happenedAt)) {
                mails.add(Mail.to(provider, MailTemplate.TRANSFER_EXPIRY_REMINDER).notBefore(remindAt));
            }
        }
        return mails;
    }

    private static List<Mail> both(UUID partner, UUID provider, MailTemplate template) {
        return List.of(Mail.to(partner, template), Mail.to(provider, template));
    }
}
