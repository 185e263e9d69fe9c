package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.config.EligibilityConfig;
import org.csptransition.eligibility.domain.IndirectResellerApplicationPolicy;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.persistence.IndirectResellerEnrollmentRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.ETags;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** E6: the transition to indirect reseller on the partner's own tenant, and its irreversibility. */
@ApplicationScoped
public class IndirectResellerEnrollments {

    private final PartnerRepository partners;
    private final IndirectResellerEnrollmentRepository enrollments;
    private final EligibilityConfig config;
    private final PartnerEvents events;
    private final Clock clock;

    IndirectResellerEnrollments(PartnerRepository partners, IndirectResellerEnrollmentRepository enrollments,
                                EligibilityConfig config, PartnerEvents events, Clock clock) {
        this.partners = partners;
        this.enrollments = enrollments;
        this.config = config;
        this.events = events;
        this.clock = clock;
    }

    /** An operator's decision on a pending application. */
    public enum Decision { APPROVE, REJECT }

    @Transactional
    public IndirectResellerEnrollment apply(UUID tenantId, String by) {
        Partner partner = Partners.locked(partners, tenantId);
        IndirectResellerApplicationPolicy.check(partner, enrollments.currentOf(tenantId), anniversaryWindow()).orThrow();
        IndirectResellerEnrollment.Submission submission = IndirectResellerEnrollment.submit(UUID.randomUUID(), tenantId, by,
                Instant.now(clock), LocalDate.now(clock));
        enrollments.persist(submission.enrollment());
        events.record(submission.submitted());
        return submission.enrollment();
    }

    /** The active enrollment, else the latest application; 404 NOT_FOUND for an unknown partner or one that never applied. */
    @Transactional
    public IndirectResellerEnrollment current(UUID tenantId) {
        Partners.existing(partners, tenantId);
        return enrollments.currentOf(tenantId).orElseThrow(() -> new RefusedException(
                Refusal.notFound("Indirect-reseller enrollment of partner", tenantId)));
    }

    @Transactional
    public IndirectResellerEnrollment decide(UUID tenantId, Decision decision, String reason, String by, String ifMatch) {
        IndirectResellerEnrollment enrollment = currentApplication(tenantId);
        ETags.checkIfMatch(ifMatch, enrollment.version());
        Instant now = Instant.now(clock);
        if (decision == Decision.APPROVE) {
            enrollment.mayApprove().orThrow();
            events.record(enrollment.approve(by, now));
        } else {
            enrollment.mayReject(reason).orThrow();
            events.record(enrollment.reject(reason, by, now));
        }
        return enrollment;
    }

    /**
     * E6: the agreement completes the transition: the tenant holds INDIRECT_RESELLER (next to DIRECT_BILL), and the
     * invitation to the indirect-reseller incentives becomes due.
     */
    @Transactional
    public IndirectResellerEnrollment acceptAgreement(UUID tenantId, String by, String ifMatch) {
        Partner partner = Partners.locked(partners, tenantId);
        IndirectResellerEnrollment enrollment = enrollments.currentOf(tenantId).orElseThrow(IndirectResellerEnrollments::noApplication);
        ETags.checkIfMatch(ifMatch, enrollment.version());
        enrollment.mayAcceptAgreement().orThrow();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        enrollment.acceptAgreement(by, now);
        events.record(partner.completeTransition(enrollment.id(), today, now,
                today.plusDays(config.incentives().invitationDelayDays())));
        return enrollment;
    }

    /** The partner withdraws its application before it is active; after that the transition cannot be undone. */
    @Transactional
    public IndirectResellerEnrollment withdraw(UUID tenantId, String ifMatch) {
        IndirectResellerEnrollment enrollment = currentApplication(tenantId);
        ETags.checkIfMatch(ifMatch, enrollment.version());
        enrollment.mayWithdraw().orThrow();
        enrollment.withdraw(Instant.now(clock));
        return enrollment;
    }

    /** The tenant's current application, with the tenant locked: its steps happen one at a time. */
    private IndirectResellerEnrollment currentApplication(UUID tenantId) {
        Partners.locked(partners, tenantId);
        return enrollments.currentOf(tenantId).orElseThrow(IndirectResellerEnrollments::noApplication);
    }

    private Set<Month> anniversaryWindow() {
        return config.transition().anniversaryMonths().orElse(List.of()).stream().map(Month::of).collect(Collectors.toSet());
    }

    private static RefusedException noApplication() {
        return new RefusedException(Refusal.conflict("NO_INDIRECT_RESELLER_APPLICATION",
                "The tenant has not applied to become indirect reseller"));
    }
}
