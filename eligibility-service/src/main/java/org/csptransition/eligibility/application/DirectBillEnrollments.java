package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.DirectBillApplicationPolicy;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerEvent;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.persistence.DirectBillEnrollmentRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.ETags;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** E3/E4: applying for direct bill, the operator's credit check, and the support plan that completes the application. */
@ApplicationScoped
public class DirectBillEnrollments {

    private final PartnerRepository partners;
    private final DirectBillEnrollmentRepository enrollments;
    private final DirectBillEligibilityCheck eligibility;
    private final PartnerEvents events;
    private final Clock clock;

    DirectBillEnrollments(PartnerRepository partners, DirectBillEnrollmentRepository enrollments,
                          DirectBillEligibilityCheck eligibility, PartnerEvents events, Clock clock) {
        this.partners = partners;
        this.enrollments = enrollments;
        this.eligibility = eligibility;
        this.events = events;
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
        DirectBillApplicationPolicy.check(partner, enrollments.latestOf(tenantId), evaluation).orThrow();
        DirectBillEnrollment.Submission submission = DirectBillEnrollment.submit(UUID.randomUUID(), tenantId,
                evaluation.policyVersion(), by, Instant.now(clock));
        enrollments.persist(submission.enrollment());
        events.record(submission.submitted());
        return submission.enrollment();
    }

    /** The latest application; 404 NOT_FOUND for an unknown partner or one that never applied. */
    @Transactional
    public DirectBillEnrollment latest(UUID tenantId) {
        Partners.existing(partners, tenantId);
        return enrollments.latestOf(tenantId).orElseThrow(() -> new RefusedException(
                Refusal.notFound("Direct-bill application of partner", tenantId)));
    }

    /** E3: the operator's decision; a failure rejects the application with its reason. */
    @Transactional
    public DirectBillEnrollment decideCreditCheck(UUID tenantId, boolean passed, String reason, String by, String ifMatch) {
        Partners.locked(partners, tenantId);
        DirectBillEnrollment enrollment = enrollments.latestOf(tenantId).orElseThrow(DirectBillEnrollments::noApplication);
        ETags.checkIfMatch(ifMatch, enrollment.version());
        enrollment.mayDecideCreditCheck(passed, reason).orThrow();
        events.record(enrollment.decideCreditCheck(passed, reason, by, Instant.now(clock)));
        return enrollment;
    }

    /** E4: the operator rejects an open application for another reason than the credit check, with its text. */
    @Transactional
    public DirectBillEnrollment reject(UUID tenantId, String reason, String ifMatch) {
        Partners.locked(partners, tenantId);
        DirectBillEnrollment enrollment = enrollments.latestOf(tenantId).orElseThrow(DirectBillEnrollments::noApplication);
        ETags.checkIfMatch(ifMatch, enrollment.version());
        enrollment.mayReject(reason).orThrow();
        events.record(List.of(enrollment.reject(reason, Instant.now(clock))));
        return enrollment;
    }

    /**
     * E3/E4: the support plan. For an application whose credit check passed it approves it and activates DIRECT_BILL;
     * a tenant that already holds direct bill just changes its plan; anyone else is refused with CREDIT_CHECK_NOT_PASSED.
     * With {@code ifMatch}, only while the partner is still at that version (412 otherwise): the plan is the partner's, so
     * a client that read the partner does not overwrite a plan changed since.
     */
    @Transactional
    public SupportPlanRecorded recordSupportPlan(UUID tenantId, SupportPlan plan, String ifMatch) {
        Partner partner = Partners.locked(partners, tenantId);
        ETags.checkIfMatch(ifMatch, partner.version());
        Instant now = Instant.now(clock);
        Optional<DirectBillEnrollment> latest = enrollments.latestOf(tenantId);
        Optional<DirectBillEnrollment> open = latest.filter(e -> e.status().isOpen());
        if (open.isEmpty() && partner.holds(Program.DIRECT_BILL)) {
            events.record(partner.recordSupportPlan(plan, null, now));
            return new SupportPlanRecorded(plan, Optional.empty());
        }
        DirectBillEnrollment enrollment = open.orElseThrow(() -> new RefusedException(
                DirectBillEnrollment.creditCheckNotPassed(latest.map(DirectBillEnrollment::creditCheck).orElse(null))));
        enrollment.mayApproveWithSupportPlan().orThrow();
        PartnerEvent.DirectBillApproved approved = enrollment.approveWith(plan, now);
        PartnerEvent.SupportPlanRecorded recorded = partner.recordSupportPlan(plan, enrollment.id(), now);
        PartnerEvent.ProgramChanged granted = partner.grant(Program.DIRECT_BILL, LocalDate.now(clock), ProgramChange.DIRECT_BILL_APPROVED, now);
        events.record(List.of(recorded, approved, granted));
        return new SupportPlanRecorded(plan, Optional.of(enrollment));
    }

    private static RefusedException noApplication() {
        return new RefusedException(Refusal.conflict("NO_DIRECT_BILL_APPLICATION", "The tenant has not applied for direct bill"));
    }
}
