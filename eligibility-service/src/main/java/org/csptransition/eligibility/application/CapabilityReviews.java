package org.csptransition.eligibility.application;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.TrailingTwelveMonths;
import org.csptransition.eligibility.domain.policy.DirectBillPolicy;
import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.RequirementResult;
import org.csptransition.eligibility.domain.policy.Thresholds;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository.Candidate;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository.Outcome;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository.Restricted;
import org.csptransition.platform.messaging.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * E5: a capability review as of a date restricts every active direct-bill partner that fails the policy in force, and
 * (if configured) escalates older restrictions. Set-based: the facts of all partners come from one query, the
 * requirements are the same policy classes as a single evaluation, and the changes are a few bulk statements.
 */
@ApplicationScoped
public class CapabilityReviews {

    private static final Logger LOG = Logger.getLogger(CapabilityReviews.class);

    private final CapabilityReviewRepository reviews;
    private final DirectBillPolicies policies;
    private final Outbox outbox;
    private final Clock clock;

    CapabilityReviews(CapabilityReviewRepository reviews, DirectBillPolicies policies, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.policies = policies;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A partner whose direct-bill status the review changed, and why. */
    public record Change(UUID tenantId, String partnerId, ProgramStatus previousStatus, ProgramStatus status,
                         List<RequirementResult> unmet, List<String> reasonCodes) {
    }

    public record Result(UUID id, LocalDate asOf, String policyVersion, int evaluated, List<Change> restricted,
                         List<Change> escalated, Instant startedAt, Instant completedAt) {
    }

    /** The review with the escalation this deployment configured (none by default); the transaction is the one below. */
    public Result run(LocalDate asOf, String requestedBy) {
        return run(asOf, requestedBy, policies.escalation());
    }

    /** The review with an explicit escalation policy. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result run(LocalDate asOf, String requestedBy, EscalationPolicy escalation) {
        Instant startedAt = Instant.now(clock);
        PolicyVersion version = policies.inForceOn(asOf);
        Thresholds thresholds = policies.thresholds();
        reviews.lockReviews();
        UUID reviewId = UUID.randomUUID();

        List<Candidate> candidates = reviews.activeDirectBillPartners(asOf, TrailingTwelveMonths.firstMonth(asOf),
                TrailingTwelveMonths.lastMonth(asOf));
        List<Change> restricted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            EligibilityEvaluation evaluation = DirectBillPolicy.evaluate(version, candidate.facts(), thresholds);
            if (!evaluation.eligible()) {
                List<RequirementResult> unmet = evaluation.unmetMinimums();
                restricted.add(new Change(candidate.tenantId(), candidate.partnerId(), ProgramStatus.ACTIVE,
                        ProgramStatus.RESTRICTED, unmet, unmet.stream().map(r -> r.code().name()).toList()));
            }
        }
        Instant now = Instant.now(clock);
        reviews.changeDirectBillStatus(restricted.stream().map(Change::tenantId).toList(), List.of(ProgramStatus.ACTIVE),
                ProgramStatus.RESTRICTED, asOf, now);

        List<Change> escalated = escalate(escalation, asOf, restricted, now);

        List<Outcome> outcomes = new ArrayList<>(restricted.size() + escalated.size());
        for (Change change : restricted) {
            outcomes.add(new Outcome(change.tenantId(), change.previousStatus(), change.status(), change.reasonCodes()));
        }
        for (Change change : escalated) {
            outcomes.add(new Outcome(change.tenantId(), change.previousStatus(), change.status(), change.reasonCodes()));
        }
        Instant completedAt = Instant.now(clock);
        reviews.save(reviewId, asOf, version.version(), requestedBy, startedAt, completedAt, candidates.size(),
                restricted.size(), escalated.size(), outcomes);
        for (Change change : restricted) {
            publish(reviewId, asOf, change);
        }
        for (Change change : escalated) {
            publish(reviewId, asOf, change);
        }
        LOG.infof("Capability review %s as of %s (policy %s): %d evaluated, %d restricted, %d escalated", reviewId, asOf,
                version.version(), candidates.size(), restricted.size(), escalated.size());
        return new Result(reviewId, asOf, version.version(), candidates.size(), restricted, escalated, startedAt, completedAt);
    }

    private List<Change> escalate(EscalationPolicy escalation, LocalDate asOf, List<Change> justRestricted, Instant now) {
        if (!escalation.enabled()) {
            return List.of();
        }
        Set<UUID> skip = new HashSet<>();
        justRestricted.forEach(c -> skip.add(c.tenantId()));
        Map<ProgramStatus, List<Change>> byStatus = new EnumMap<>(ProgramStatus.class);
        for (Restricted program : reviews.restrictedDirectBill()) {
            if (skip.contains(program.tenantId())) {
                continue;
            }
            Optional<ProgramStatus> next = escalation.escalate(program.status(), program.restrictedOn(), asOf);
            next.ifPresent(status -> byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(new Change(program.tenantId(),
                    null, program.status(), status, List.of(), List.of(EscalationPolicy.reasonFor(status)))));
        }
        List<Change> escalated = new ArrayList<>();
        byStatus.forEach((status, changes) -> {
            reviews.changeDirectBillStatus(changes.stream().map(Change::tenantId).toList(),
                    List.of(ProgramStatus.RESTRICTED, ProgramStatus.SUSPENDED), status, asOf, now);
            escalated.addAll(changes);
        });
        return escalated;
    }

    private void publish(UUID reviewId, LocalDate asOf, Change change) {
        outbox.record(PartnerEvents.programChanged(change.tenantId(), new ProgramChange(Program.DIRECT_BILL,
                change.previousStatus(), change.status(), asOf, change.reasonCodes()), reviewId));
    }
}
