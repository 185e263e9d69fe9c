package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.MailRenderer;
import org.csptransition.notification.application.MailRequest;
import org.csptransition.notification.application.MailTemplate;
import org.csptransition.notification.application.Notifications;
import org.csptransition.notification.config.ScheduleConfig;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.persistence.RecipientRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.transfer.TransferLine;
import org.csptransition.platform.messaging.EventHandler;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * N1 the e-mails of the four-step transfer (T3–T9): created (and a reminder before expiry) to the provider; rejected,
 * withdrawn, expired, completed, partially completed and failed to both; provider verified to the partner; partner
 * verified to the provider.
 */
@ApplicationScoped
public class TransferMailHandler implements EventHandler {

    private final RecipientRepository recipients;
    private final Notifications notifications;
    private final ScheduleConfig schedule;

    TransferMailHandler(RecipientRepository recipients, Notifications notifications, ScheduleConfig schedule) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.schedule = schedule;
    }

    /** The facts every transfer event carries that an e-mail needs; other fields are ignored. */
    record TransferFacts(UUID transferId, String customerName, UUID sourcePartnerTenantId, String sourcePartnerName,
                         UUID targetPartnerTenantId, String targetPartnerName, Instant expirationTime, String reason,
                         List<TransferLine> lines) {
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.TRANSFER_CREATED, EventType.TRANSFER_ACCEPTED, EventType.TRANSFER_REJECTED,
                EventType.TRANSFER_WITHDRAWN, EventType.TRANSFER_EXPIRED, EventType.TRANSFER_COMPLETED,
                EventType.TRANSFER_PARTIALLY_COMPLETED, EventType.TRANSFER_FAILED, EventType.TRANSFER_PROVIDER_VERIFIED,
                EventType.TRANSFER_PARTNER_VERIFIED);
    }

    @Override
    public void handle(EventEnvelope event) {
        EventType type = EventType.fromWireName(event.type()).orElseThrow();
        TransferFacts transfer = EventJson.read(event.data(), TransferFacts.class);
        if (type != EventType.TRANSFER_CREATED) {
            // once the provider has decided (or the request ended), a reminder to decide is pointless
            notifications.cancelPending(event.subject(), MailTemplate.TRANSFER_EXPIRY_REMINDER);
        }
        List<MailRequest> mails = switch (type) {
            case TRANSFER_CREATED -> created(event, transfer);
            case TRANSFER_REJECTED -> both(transfer, MailTemplate.TRANSFER_REJECTED);
            case TRANSFER_WITHDRAWN -> both(transfer, MailTemplate.TRANSFER_WITHDRAWN);
            case TRANSFER_EXPIRED -> both(transfer, MailTemplate.TRANSFER_EXPIRED);
            case TRANSFER_COMPLETED -> both(transfer, MailTemplate.TRANSFER_COMPLETED);
            case TRANSFER_PARTIALLY_COMPLETED -> both(transfer, MailTemplate.TRANSFER_PARTIALLY_COMPLETED);
            case TRANSFER_FAILED -> both(transfer, MailTemplate.TRANSFER_FAILED);
            case TRANSFER_PROVIDER_VERIFIED -> List.of(to(transfer.sourcePartnerTenantId(), transfer, MailTemplate.TRANSFER_PROVIDER_VERIFIED));
            case TRANSFER_PARTNER_VERIFIED -> List.of(to(transfer.targetPartnerTenantId(), transfer, MailTemplate.TRANSFER_PARTNER_VERIFIED));
            default -> List.of();
        };
        notifications.enqueue(event, mails);
    }

    /** T3: the provider hears of the request at once, and is reminded before it expires if the request lasts long enough. */
    private List<MailRequest> created(EventEnvelope event, TransferFacts transfer) {
        List<MailRequest> mails = new ArrayList<>();
        mails.add(to(transfer.targetPartnerTenantId(), transfer, MailTemplate.TRANSFER_CREATED));
        if (transfer.expirationTime() != null) {
            Instant remindAt = transfer.expirationTime().minus(schedule.transferExpiryReminderLead());
            if (remindAt.isAfter(event.time().toInstant())) {
                mails.add(to(transfer.targetPartnerTenantId(), transfer, MailTemplate.TRANSFER_EXPIRY_REMINDER).notBefore(remindAt));
            }
        }
        return mails;
    }

    private List<MailRequest> both(TransferFacts transfer, MailTemplate template) {
        return List.of(to(transfer.sourcePartnerTenantId(), transfer, template), to(transfer.targetPartnerTenantId(), transfer, template));
    }

    private MailRequest to(UUID tenantId, TransferFacts transfer, MailTemplate template) {
        Recipient recipient = recipients.findByIdOptional(tenantId).orElseThrow(() -> new IllegalStateException(
                "No recipient known for tenant " + tenantId + ": its partner.registered.v1 has not arrived yet"));
        Map<String, Object> facts = new HashMap<>();
        facts.put("transferId", transfer.transferId().toString());
        facts.put("customerName", transfer.customerName());
        facts.put("sourcePartnerName", transfer.sourcePartnerName());
        facts.put("targetPartnerName", transfer.targetPartnerName());
        facts.put("lines", transfer.lines() == null ? List.of() : transfer.lines());
        facts.put("reason", transfer.reason() == null || transfer.reason().isBlank() ? "-" : transfer.reason());
        facts.put("expires", transfer.expirationTime() == null ? "-"
                : MailRenderer.date(transfer.expirationTime().atZone(ZoneOffset.UTC).toLocalDate(), recipient.locale()));
        return MailRequest.to(recipient, template, facts);
    }
}
