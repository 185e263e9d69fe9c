package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.notification.config.ScheduleConfig;
import org.csptransition.notification.domain.EligibilityMailRules;
import org.csptransition.notification.domain.Mail;
import org.csptransition.notification.domain.MailTemplate;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.domain.TransitionDeadlineWarnings;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * N1 the e-mails of eligibility facts (E3–E6), in the consumer's transaction: {@link EligibilityMailRules} decides which
 * and to whom, this class gives each template its facts. Every fact is about the partner of the event's subject, which
 * must be known.
 */
@ApplicationScoped
public class EligibilityMails {

    private final Notifications notifications;
    private final Recipients recipients;
    private final ScheduleConfig schedule;
    private final Clock clock;

    EligibilityMails(Notifications notifications, Recipients recipients, ScheduleConfig schedule, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void creditCheckPassed(EventEnvelope event) {
        notifications.enqueue(event, EligibilityMailRules.creditCheckPassed(partner(event).tenantId()), Map.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void creditCheckFailed(EventEnvelope event, DirectBillCreditCheckFailed failed) {
        notifications.enqueue(event, EligibilityMailRules.creditCheckFailed(partner(event).tenantId()),
                Map.of("reason", Notifications.orDash(failed.reason())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void directBillApproved(EventEnvelope event, DirectBillEnrollmentApproved approved) {
        notifications.enqueue(event, EligibilityMailRules.directBillApproved(partner(event).tenantId()),
                Map.of("date", approved.approvedAt().atZone(ZoneOffset.UTC).toLocalDate()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void directBillRejected(EventEnvelope event, DirectBillEnrollmentRejected rejected) {
        notifications.enqueue(event, EligibilityMailRules.directBillRejected(partner(event).tenantId()),
                Map.of("reason", Notifications.orDash(rejected.reason())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void indirectResellerApproved(EventEnvelope event) {
        notifications.enqueue(event, EligibilityMailRules.indirectResellerApproved(partner(event).tenantId()), Map.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void incentivesInvitationDue(EventEnvelope event, PartnerIncentivesInvitationDue due) {
        notifications.enqueue(event, EligibilityMailRules.incentivesInvitation(partner(event), due.mpnAccountEmail(),
                event.time().toInstant(), schedule.incentivesInvitationDelay(), due.dueBy()), Map.of("dueBy", due.dueBy()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void programChanged(EventEnvelope event, PartnerProgramChanged change) {
        UUID partner = partner(event).tenantId();
        List<Mail> mails = EligibilityMailRules.programChanged(partner, change.program(), change.status());
        // most program changes are e-mailed to no one, and need not carry what the restriction e-mail shows
        notifications.enqueue(event, mails, mails.isEmpty() ? Map.of() : Map.of("date", change.since(),
                "requirements", change.reasonCodes() == null ? List.of() : change.reasonCodes()));
        if (EligibilityMailRules.DIRECT_BILL.equals(change.program())) {
            deadlineWarnings(event, partner, change);
        }
    }

    /**
     * E5: every change of the direct-bill program replaces the deadline warnings not sent yet (restored, suspended,
     * revoked: the earlier dates no longer hold), and the change's own deadline, if any, schedules the new ones.
     */
    private void deadlineWarnings(EventEnvelope event, UUID partner, PartnerProgramChanged change) {
        notifications.cancelPending(event.subject(), MailTemplate.TRANSITION_DEADLINE_WARNING);
        for (TransitionDeadlineWarnings.Warning warning : TransitionDeadlineWarnings.plan(change.suspendsOn(), change.revokesOn(),
                schedule.transitionDeadlineWarningLeads(), Instant.now(clock))) {
            notifications.enqueueFact(warning.factId(event.id()), event.type(), event.subject(),
                    List.of(Mail.to(partner, MailTemplate.TRANSITION_DEADLINE_WARNING).notBefore(warning.notBefore())),
                    Map.of("escalation", warning.escalation(), "deadline", warning.deadline(), "days", warning.daysBefore()));
        }
    }

    private Recipient partner(EventEnvelope event) {
        return recipients.of(UUID.fromString(event.subject()));
    }
}
