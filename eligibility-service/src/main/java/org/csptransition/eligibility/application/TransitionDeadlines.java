package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.ProgramState;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.TransitionDeadline;
import org.csptransition.eligibility.persistence.PartnerRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** E5: when escalation would suspend and revoke a restricted partner, under this deployment's escalation. */
@ApplicationScoped
public class TransitionDeadlines {

    private final PartnerRepository partners;
    private final DirectBillPolicies policies;
    private final Clock clock;

    TransitionDeadlines(PartnerRepository partners, DirectBillPolicies policies, Clock clock) {
        this.partners = partners;
        this.policies = policies;
        this.clock = clock;
    }

    /** The partner's direct-bill status (none when it does not hold the program), the escalation, today and the deadline. */
    public record View(UUID tenantId, Optional<ProgramStatus> directBillStatus, EscalationPolicy escalation, LocalDate today,
                       Optional<TransitionDeadline> deadline) {
    }

    @Transactional
    public View of(UUID tenantId) {
        Partner partner = Partners.existing(partners, tenantId);
        EscalationPolicy escalation = policies.escalation();
        return new View(tenantId, partner.program(Program.DIRECT_BILL).map(ProgramState::status), escalation,
                LocalDate.now(clock), partner.transitionDeadline(escalation));
    }
}
