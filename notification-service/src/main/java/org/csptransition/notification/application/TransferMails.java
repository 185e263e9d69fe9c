package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.notification.config.ScheduleConfig;
import org.csptransition.notification.domain.MailTemplate;
import org.csptransition.notification.domain.TransferFact;
import org.csptransition.notification.domain.TransferMailRules;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.transfer.TransferLine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * N1 the e-mails of the four-step transfer (T3–T9), in the consumer's transaction: {@link TransferMailRules} decides which,
 * to whom and when, and which facts cancel the expiry reminder; this class gives each template its facts, the same for
 * every transfer event.
 */
@ApplicationScoped
public class TransferMails {

    private final Notifications notifications;
    private final ScheduleConfig schedule;

    TransferMails(Notifications notifications, ScheduleConfig schedule) {
        this.notifications = notifications;
        this.schedule = schedule;
    }

    /** What every transfer event carries that an e-mail needs; its other fields are ignored. */
    public record TransferFacts(UUID transferId, String customerName, UUID sourcePartnerTenantId, String sourcePartnerName,
                                UUID targetPartnerTenantId, String targetPartnerName, Instant expirationTime, String reason,
                                List<TransferLine> lines) {
    }

    /** The transfer events this class reacts to, each as the fact the mail rules know. */
    public static final Map<EventType, TransferFact> FACTS = Map.of(
            EventType.TRANSFER_CREATED, TransferFact.CREATED,
            EventType.TRANSFER_ACCEPTED, TransferFact.ACCEPTED,
            EventType.TRANSFER_REJECTED, TransferFact.REJECTED,
            EventType.TRANSFER_WITHDRAWN, TransferFact.WITHDRAWN,
            EventType.TRANSFER_EXPIRED, TransferFact.EXPIRED,
            EventType.TRANSFER_COMPLETED, TransferFact.COMPLETED,
            EventType.TRANSFER_PARTIALLY_COMPLETED, TransferFact.PARTIALLY_COMPLETED,
            EventType.TRANSFER_FAILED, TransferFact.FAILED,
            EventType.TRANSFER_PROVIDER_VERIFIED, TransferFact.PROVIDER_VERIFIED,
            EventType.TRANSFER_PARTNER_VERIFIED, TransferFact.PARTNER_VERIFIED);

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(EventEnvelope event, EventType type, TransferFacts transfer) {
        TransferFact fact = FACTS.get(type);
        if (TransferMailRules.cancelsExpiryReminder(fact)) {
            notifications.cancelPending(event.subject(), MailTemplate.TRANSFER_EXPIRY_REMINDER);
        }
        notifications.enqueue(event, TransferMailRules.mails(fact, transfer.sourcePartnerTenantId(), transfer.targetPartnerTenantId(),
                event.time().toInstant(), transfer.expirationTime(), schedule.transferExpiryReminderLead()), facts(transfer));
    }

    private static Map<String, Object> facts(TransferFacts transfer) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("transferId", transfer.transferId().toString());
        facts.put("customerName", transfer.customerName());
        facts.put("sourcePartnerName", transfer.sourcePartnerName());
        facts.put("targetPartnerName", transfer.targetPartnerName());
        facts.put("lines", transfer.lines() == null ? List.of() : transfer.lines());
        facts.put("reason", Notifications.orDash(transfer.reason()));
        facts.put("expires", transfer.expirationTime() == null ? "-" : transfer.expirationTime().atZone(ZoneOffset.UTC).toLocalDate());
        return facts;
    }
}
