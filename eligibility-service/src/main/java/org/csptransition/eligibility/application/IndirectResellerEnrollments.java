package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.config.EligibilityConfig;
import org.csptransition.eligibility.domain.IndirectResellerApplicationPolicy;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.eligibility.domain.Refusal;
import org.csptransition.eligibility.domain.RefusedException;
import org.csptransition.eligibility.persistence.IndirectResellerEnrollmentRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentApproved;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentRejected;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentSubmitted;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.messaging.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** E6: the transition to indirect reseller on the partner's own tenant, and its irreversibility. */
@ApplicationScoped
public class IndirectResellerEnrollments {

    public static final String COMPLETED = "INDIRECT_RESELLER_ENROLLMENT_COMPLETED";

    private final PartnerRepository partners;
    private final IndirectResellerEnrollmentRepository enrollments;
    private final EligibilityConfig config;
    private final Outbox outbox;
    private final Clock clock;

    IndirectResellerEnrollments(PartnerRepository partners, IndirectResellerEnrollmentRepository enrollments,
                                EligibilityConfig config, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.enrollments = enrollments;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An operator's decision on a pending application. */
    public enum Decision { APPROVE, REJECT }

    @Transactional
    public IndirectResellerEnrollment apply(UUID tenantId, String by) {
        Partner partner = Partners.locked(partners, tenantId);
        IndirectResellerApplicationPolicy.check(partner, enrollments.currentOf(tenantId), anniversaryWindow());
        IndirectResellerEnrollment enrollment = IndirectResellerEnrollment.submit(UUID.randomUUID(), tenantId, by,
                Instant.now(clock), LocalDate.now(clock));
        enrollments.persist(enrollment);
        outbox.record(new IndirectResellerEnrollmentSubmitted(tenantId, enrollment.id(), enrollment.approvalDueBy()));
        return enrollment;
    }

    @Transactional
    public Optional<IndirectResellerEnrollment> current(UUID tenantId) {
        Partners.existing(partners, tenantId);
        return enrollments.currentOf(tenantId);
    }

    @Transactional
    public IndirectResellerEnrollment decide(UUID tenantId, Decision decision, String reason, String by) {
        Partners.locked(partners, tenantId);
        IndirectResellerEnrollment enrollment = enrollments.currentOf(tenantId).orElseThrow(IndirectResellerEnrollments::noApplication);
        Instant now = Instant.now(clock);
        if (decision == Decision.APPROVE) {
            enrollment.approve(by, now);
            outbox.record(new IndirectResellerEnrollmentApproved(tenantId, enrollment.id()));
        } else {
            enrollment.reject(reason, by, now);
            outbox.record(new IndirectResellerEnrollmentRejected(tenantId, enrollment.id(), reason));
        }
        return enrollment;
    }

    /**
     * E6: the agreement completes the transition: the tenant holds INDIRECT_RESELLER (next to DIRECT_BILL), and the
     * invitation to the indirect-reseller incentives becomes due.
     */
    @Transactional
    public IndirectResellerEnrollment acceptAgreement(UUID tenantId, String by) {
        Partner partner = Partners.locked(partners, tenantId);
        IndirectResellerEnrollment enrollment = enrollments.currentOf(tenantId).orElseThrow(IndirectResellerEnrollments::noApplication);
        Instant now = Instant.now(clock);
        enrollment.acceptAgreement(by, now);
        LocalDate today = LocalDate.now(clock);
        ProgramChange change = partner.grant(Program.INDIRECT_RESELLER, today, COMPLETED, now);
        outbox.record(new IndirectResellerEnrollmentCompleted(tenantId, enrollment.id(), now, PartnerEvents.programs(partner)));
        outbox.record(PartnerEvents.programChanged(tenantId, change, null));
        outbox.record(new PartnerIncentivesInvitationDue(tenantId, enrollment.id(),
                today.plusDays(config.incentives().invitationDelayDays()), partner.mpnAccountEmail(),
                partner.primaryContact().email(), partner.preferredLocale()));
        return enrollment;
    }

    /** The partner withdraws its application before it is active; after that the transition cannot be undone. */
    @Transactional
    public IndirectResellerEnrollment withdraw(UUID tenantId) {
        Partners.locked(partners, tenantId);
        IndirectResellerEnrollment enrollment = enrollments.currentOf(tenantId).orElseThrow(IndirectResellerEnrollments::noApplication);
        enrollment.withdraw(Instant.now(clock));
        return enrollment;
    }

    private Set<Month> anniversaryWindow() {
        return config.transition().anniversaryMonths().orElse(List.of()).stream().map(Month::of).collect(Collectors.toSet());
    }

    private static RefusedException noApplication() {
        return new RefusedException(Refusal.conflict("NO_INDIRECT_RESELLER_APPLICATION",
                "The tenant has not applied to become indirect reseller"));
    }
}
