package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.EligibilityMails;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.messaging.EventHandler;

import java.util.Set;

/** N1 the eligibility facts (E3–E6) that become e-mails: decoded here, written by {@link EligibilityMails}. */
@ApplicationScoped
public class EligibilityMailHandler implements EventHandler {

    private final EligibilityMails mails;

    EligibilityMailHandler(EligibilityMails mails) {
        this.mails = mails;
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
        switch (EventType.fromWireName(event.type()).orElseThrow()) {
            case DIRECT_BILL_CREDIT_CHECK_PASSED -> mails.creditCheckPassed(event);
            case DIRECT_BILL_CREDIT_CHECK_FAILED -> mails.creditCheckFailed(event, event.payload(DirectBillCreditCheckFailed.class));
            case DIRECT_BILL_ENROLLMENT_APPROVED -> mails.directBillApproved(event, event.payload(DirectBillEnrollmentApproved.class));
            case DIRECT_BILL_ENROLLMENT_REJECTED -> mails.directBillRejected(event, event.payload(DirectBillEnrollmentRejected.class));
            case INDIRECT_RESELLER_ENROLLMENT_APPROVED -> mails.indirectResellerApproved(event);
            case PARTNER_INCENTIVES_INVITATION_DUE -> mails.incentivesInvitationDue(event, event.payload(PartnerIncentivesInvitationDue.class));
            case PARTNER_PROGRAM_CHANGED -> mails.programChanged(event, event.payload(PartnerProgramChanged.class));
            default -> {
                // not one of handles(): nothing to write
            }
        }
    }
}
