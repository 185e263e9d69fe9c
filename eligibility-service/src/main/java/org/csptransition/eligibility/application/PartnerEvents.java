package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.domain.Attestations;
import org.csptransition.eligibility.domain.PartnerEvent;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.DirectBillEnrollmentSubmitted;
import org.csptransition.platform.events.partner.DirectBillSupportPlanRecorded;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentApproved;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentRejected;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentSubmitted;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.messaging.Outbox;

import java.util.List;

/**
 * The one way what happened to a partner reaches {@code partner.events}: each domain {@link PartnerEvent} becomes its
 * wire record of platform-events (strings for enum-like values, so a consumer never breaks on a value added later) and
 * goes to the outbox of the current transaction, in the order given.
 */
@ApplicationScoped
public class PartnerEvents {

    private final Outbox outbox;

    PartnerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void record(PartnerEvent event) {
        outbox.record(payload(event));
    }

    public void record(List<? extends PartnerEvent> events) {
        events.forEach(this::record);
    }

    static EventPayload payload(PartnerEvent event) {
        if (event instanceof PartnerEvent.Registered e) {
            return new PartnerRegistered(e.tenantId(), e.partnerId(), e.companyName(), e.country(), e.preferredLocale(),
                    contact(e.primaryContact()), e.mpnAccountEmail(), programs(e.programs()), e.transitionCompletedAt());
        }
        if (event instanceof PartnerEvent.ProfileUpdated e) {
            Attestations a = e.attestations();
            return new PartnerUpdated(e.tenantId(), e.companyName(), e.preferredLocale(), contact(e.primaryContact()),
                    e.mpnAccountEmail(), new PartnerUpdated.Attestations(a.endorsementAuthority(), a.firstLevelSupport(),
                    a.accountsReceivable(), a.managedServices()));
        }
        if (event instanceof PartnerEvent.ProgramChanged e) {
            ProgramChange change = e.change();
            return new PartnerProgramChanged(e.tenantId(), change.program().name(),
                    change.previousStatus() == null ? null : change.previousStatus().name(), change.status().name(),
                    change.since(), change.reasonCodes(), e.capabilityReviewId(),
                    e.deadline() == null ? null : e.deadline().suspendsOn().orElse(null),
                    e.deadline() == null ? null : e.deadline().revokesOn().orElse(null));
        }
        if (event instanceof PartnerEvent.SupportPlanRecorded e) {
            return new DirectBillSupportPlanRecorded(e.tenantId(), e.enrollmentId(), e.plan().name());
        }
        if (event instanceof PartnerEvent.DirectBillSubmitted e) {
            return new DirectBillEnrollmentSubmitted(e.tenantId(), e.enrollmentId(), e.policyVersion(), e.submittedAt());
        }
        if (event instanceof PartnerEvent.CreditCheckPassed e) {
            return new DirectBillCreditCheckPassed(e.tenantId(), e.enrollmentId(), e.decidedAt());
        }
        if (event instanceof PartnerEvent.CreditCheckFailed e) {
            return new DirectBillCreditCheckFailed(e.tenantId(), e.enrollmentId(), e.reason(), e.decidedAt());
        }
        if (event instanceof PartnerEvent.DirectBillRejected e) {
            return new DirectBillEnrollmentRejected(e.tenantId(), e.enrollmentId(), e.reasonCode(), e.reason());
        }
        if (event instanceof PartnerEvent.DirectBillApproved e) {
            return new DirectBillEnrollmentApproved(e.tenantId(), e.enrollmentId(), e.approvedAt());
        }
        if (event instanceof PartnerEvent.IndirectResellerSubmitted e) {
            return new IndirectResellerEnrollmentSubmitted(e.tenantId(), e.enrollmentId(), e.approvalDueBy());
        }
        if (event instanceof PartnerEvent.IndirectResellerApproved e) {
            return new IndirectResellerEnrollmentApproved(e.tenantId(), e.enrollmentId());
        }
        if (event instanceof PartnerEvent.IndirectResellerRejected e) {
            return new IndirectResellerEnrollmentRejected(e.tenantId(), e.enrollmentId(), e.reason());
        }
        if (event instanceof PartnerEvent.TransitionCompleted e) {
            return new IndirectResellerEnrollmentCompleted(e.tenantId(), e.enrollmentId(), e.completedAt(), programs(e.programs()));
        }
        if (event instanceof PartnerEvent.IncentivesInvitationDue e) {
            return new PartnerIncentivesInvitationDue(e.tenantId(), e.enrollmentId(), e.dueBy(), e.mpnAccountEmail(),
                    e.primaryContactEmail(), e.preferredLocale());
        }
        throw new IllegalArgumentException("No wire record for " + event);
    }

    private static PartnerRegistered.Contact contact(PartnerProfile.Contact contact) {
        return new PartnerRegistered.Contact(contact.firstName(), contact.lastName(), contact.email());
    }

    private static List<PartnerRegistered.Program> programs(List<PartnerProfile.ProgramHolding> programs) {
        return programs.stream().map(p -> new PartnerRegistered.Program(p.program().name(), p.status().name(), p.since())).toList();
    }
}
