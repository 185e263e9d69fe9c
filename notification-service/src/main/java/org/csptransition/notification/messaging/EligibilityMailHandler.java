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
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** N1 the e-mails of eligibility facts (E3–E6), each to the partner's primary contact in its preferred language. */
@ApplicationScoped
public class EligibilityMailHandler implements org.csptransition.platform.messaging.EventHandler {

    private final RecipientRepository recipients;
    private final Notifications notifications;
    private final ScheduleConfig schedule;

    EligibilityMailHandler(RecipientRepository recipients, Notifications notifications, ScheduleConfig schedule) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.schedule = schedule;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.DIRECT_BILL_CREDIT_CHECK_PASSED, EventType.DIRECT_BILL_CREDIT_CHECK_FAILED,
                EventType.DIRECT_BILL_ENROLLMENT_APPROVED, EventType.DIRECT_BILL_ENROLLMENT_REJECTED,
                EventType.INDIRECT_RESELLER_ENROLLMENT_APPROVED, EventType.PARTNER_INCENTIVES_INVITATION_DUE,
                EventType.PARTNER_PROGRAM_CHANGED);
    }

    @Override
    public void handle(EventEnvelope event) {
        EventType type = EventType.fromWireName(event.type()).orElseThrow();
        Recipient partner = recipient(UUID.fromString(event.subject()));
        List<MailRequest> mails = switch (type) {
            case DIRECT_BILL_CREDIT_CHECK_PASSED -> List.of(MailRequest.to(partner, MailTemplate.CREDIT_CHECK_PASSED, Map.of()));
            case DIRECT_BILL_CREDIT_CHECK_FAILED -> List.of(MailRequest.to(partner, MailTemplate.CREDIT_CHECK_FAILED,
                    Map.of("reason", text(event.payload(DirectBillCreditCheckFailed.class).reason()))));
            case DIRECT_BILL_ENROLLMENT_APPROVED -> List.of(MailRequest.to(partner, MailTemplate.DIRECT_BILL_APPROVED,
                    Map.of("date", MailRenderer.date(event.payload(DirectBillEnrollmentApproved.class).approvedAt()
                            .atZone(ZoneOffset.UTC).toLocalDate(), partner.locale()))));
            case DIRECT_BILL_ENROLLMENT_REJECTED -> List.of(MailRequest.to(partner, MailTemplate.DIRECT_BILL_REJECTED,
                    Map.of("reason", text(event.payload(DirectBillEnrollmentRejected.class).reason()))));
            case INDIRECT_RESELLER_ENROLLMENT_APPROVED -> List.of(MailRequest.to(partner, MailTemplate.INDIRECT_RESELLER_APPROVED, Map.of()));
            case PARTNER_INCENTIVES_INVITATION_DUE -> List.of(incentivesInvitation(event, partner));
            case PARTNER_PROGRAM_CHANGED -> restricted(event.payload(PartnerProgramChanged.class), partner);
            default -> List.of();
        };
        notifications.enqueue(event, mails);
    }

    /** E6: to the e-mail of the MPN account (else the primary contact), after the configured delay, never after the due date. */
    private MailRequest incentivesInvitation(EventEnvelope event, Recipient partner) {
        PartnerIncentivesInvitationDue due = event.payload(PartnerIncentivesInvitationDue.class);
        Instant sendAt = event.time().toInstant().plus(schedule.incentivesInvitationDelay());
        Instant latest = due.dueBy().atStartOfDay(ZoneOffset.UTC).toInstant();
        MailRequest mail = MailRequest.to(partner, MailTemplate.INCENTIVES_INVITATION,
                Map.of("dueBy", MailRenderer.date(due.dueBy(), partner.locale())))
                .notBefore(sendAt.isAfter(latest) ? latest : sendAt);
        String mpnEmail = due.mpnAccountEmail() != null ? due.mpnAccountEmail() : partner.mpnAccountEmail();
        return mpnEmail == null ? mail : mail.toAddress(mpnEmail);
    }

    /** E5: only a direct-bill program becoming RESTRICTED is e-mailed. */
    private static List<MailRequest> restricted(PartnerProgramChanged change, Recipient partner) {
        if (!"DIRECT_BILL".equals(change.program()) || !"RESTRICTED".equals(change.status())) {
            return List.of();
        }
        return List.of(MailRequest.to(partner, MailTemplate.CAPABILITIES_RESTRICTED, Map.of(
                "date", MailRenderer.date(change.since(), partner.locale()),
                "requirements", change.reasonCodes() == null ? List.of() : change.reasonCodes())));
    }

    private Recipient recipient(UUID tenantId) {
        return recipients.findByIdOptional(tenantId).orElseThrow(() -> new IllegalStateException(
                "No recipient known for tenant " + tenantId + ": its partner.registered.v1 has not arrived"));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
