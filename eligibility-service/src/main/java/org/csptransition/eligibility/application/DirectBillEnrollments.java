package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.DirectBillApplicationPolicy;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.eligibility.domain.Refusal;
import org.csptransition.eligibility.domain.RefusedException;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.persistence.DirectBillEnrollmentRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.DirectBillEnrollmentSubmitted;
import org.csptransition.platform.events.partner.DirectBillSupportPlanRecorded;
import org.csptransition.platform.messaging.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** E3/E4: applying for direct bill, the operator's credit check, and the support plan that completes the application. */
@ApplicationScoped
public class DirectBillEnrollments {

    public static final String APPROVED = "DIRECT_BILL_ENROLLMENT_APPROVED";

    private final PartnerRepository partners;
    private final DirectBillEnrollmentRepository enrollments;
    private final DirectBillEligibilityCheck eligibility;
    private final Outbox outbox;
    private final Clock clock;

    DirectBillEnrollments(PartnerRepository partners, DirectBillEnrollmentRepository enrollments,
                          DirectBillEligibilityCheck eligibility, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.enrollments = enrollments;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The outcome of recording a support plan: the application it approved, if any. */
    public record SupportPlanRecorded(SupportPlan plan, Optional<DirectBillEnrollment> approved) {
    }

    /** E4: checked against the policy in force today; under review with a pending credit check, or refused. */
    @Transactional
    public DirectBillEnrollment apply(UUID tenantId, String by) {
        Partner partner = Partners.locked(partners, tenantId);
        EligibilityEvaluation evaluation = eligibility.evaluate(partner, LocalDate.now(clock));
        DirectBillApplicationPolicy.check(partner, enrollments.latestOf(tenantId), evaluation);
        DirectBillEnrollment enrollment = DirectBillEnrollment.submit(UUID.randomUUID(), tenantId,
                evaluation.policyVersion(), by, Instant.now(clock));
        enrollments.persist(enrollment);
        outbox.record(new DirectBillEnrollmentSubmitted(tenantId, enrollment.id(), enrollment.policyVersion(),
                enrollment.submittedAt()));
        return enrollment;
    }

    @Transactional
    public Optional<DirectBillEnrollment> latest(UUID tenantId) {
        Partners.existing(partners, tenantId);
        return enrollments.latestOf(tenantId);
    }

    /** E3: the operator's decision; a failure rejects the application with its reason. */
    @Transactional
    public DirectBillEnrollment decideCreditCheck(UUID tenantId, boolean passed, String reason, String by) {
        Partners.locked(partners, tenantId);
        DirectBillEnrollment enrollment = enrollments.latestOf(tenantId).orElseThrow(DirectBillEnrollments::noApplication);
        Instant now = Instant.now(clock);
        enrollment.decideCreditCheck(passed, reason, by, now);
        if (passed) {
            outbox.record(new DirectBillCreditCheckPassed(tenantId, enrollment.id(), now));
        } else {
            outbox.record(new DirectBillCreditCheckFailed(tenantId, enrollment.id(), reason, now));
            outbox.record(new DirectBillEnrollmentRejected(tenantId, enrollment.id(), DirectBillEnrollment.CREDIT_CHECK_FAILED, reason));
        }
        return enrollment;
    }

    /**
     * E3/E4: the support plan. For an application whose credit check passed it approves it and activates DIRECT_BILL;
     * a tenant that already holds direct bill just changes its plan; anyone else is refused with CREDIT_CHECK_NOT_PASSED.
     */
    @Transactional
    public SupportPlanRecorded recordSupportPlan(UUID tenantId, SupportPlan plan) {
        Partner partner = Partners.locked(partners, tenantId);
        Instant now = Instant.now(clock);
        Optional<DirectBillEnrollment> open = enrollments.latestOf(tenantId).filter(e -> e.status().isOpen());
        if (open.isEmpty() && partner.holds(Program.DIRECT_BILL)) {
            partner.recordSupportPlan(plan, now);
            outbox.record(new DirectBillSupportPlanRecorded(tenantId, null, plan.name()));
            return new SupportPlanRecorded(plan, Optional.empty());
        }
        DirectBillEnrollment enrollment = open.orElseThrow(() -> DirectBillEnrollment.creditCheckNotPassed(
                enrollments.latestOf(tenantId).map(DirectBillEnrollment::creditCheck).orElse(null)));
        enrollment.approveWith(plan, now);
        partner.recordSupportPlan(plan, now);
        ProgramChange change = partner.grant(Program.DIRECT_BILL, LocalDate.now(clock), APPROVED, now);
        outbox.record(new DirectBillSupportPlanRecorded(tenantId, enrollment.id(), plan.name()));
        outbox.record(new DirectBillEnrollmentApproved(tenantId, enrollment.id(), now));
        outbox.record(PartnerEvents.programChanged(tenantId, change, null));
        return new SupportPlanRecorded(plan, Optional.of(enrollment));
    }

    private static RefusedException noApplication() {
        return new RefusedException(Refusal.conflict("NO_DIRECT_BILL_APPLICATION", "The tenant has not applied for direct bill"));
    }
}
