package org.csptransition.eligibility.application;

import org.csptransition.eligibility.domain.PastCapabilityReview;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.CapabilityReviewChange;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.TrailingTwelveMonths;
import org.csptransition.eligibility.domain.policy.DirectBillPolicy;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.Thresholds;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository.Candidate;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository.Outcome;
import org.csptransition.eligibility.persistence.CapabilityReviewRepository.Restricted;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final PartnerEvents events;
    private final Clock clock;

    CapabilityReviews(CapabilityReviewRepository reviews, DirectBillPolicies policies, PartnerEvents events, Clock clock) {
        this.reviews = reviews;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** Who the review restricted and who it escalated, each with why. */
    public record Result(UUID id, LocalDate asOf, String policyVersion, int evaluated, List<CapabilityReviewChange> restricted,
                         List<CapabilityReviewChange> escalated, Instant startedAt, Instant completedAt) {
    }

    /** One page of past reviews, newest first, and how many there are. */
    public record History(List<PastCapabilityReview> reviews, long total) {
    }

    @Transactional
    public History history(int page, int size) {
        return new History(reviews.history(page, size), reviews.count());
    }

    /** A past review with its outcome per partner. */
    public record Past(PastCapabilityReview review, List<PastCapabilityReview.PartnerOutcome> outcomes) {
    }

    @Transactional
    public java.util.Optional<Past> find(UUID id) {
        return reviews.find(id).map(review -> new Past(review, reviews.outcomes(id)));
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
        Thresholds thresholds = version.thresholds();
        reviews.lockReviews();
        UUID reviewId = UUID.randomUUID();

        List<Candidate> candidates = reviews.activeDirectBillPartners(asOf, TrailingTwelveMonths.firstMonth(asOf),
                TrailingTwelveMonths.lastMonth(asOf));
        List<CapabilityReviewChange> restricted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            CapabilityReviewChange.restriction(candidate.tenantId(), candidate.partnerId(),
                    DirectBillPolicy.evaluate(version, candidate.facts(), thresholds)).ifPresent(restricted::add);
        }
        Instant now = Instant.now(clock);
        reviews.changeDirectBillStatus(restricted.stream().map(CapabilityReviewChange::tenantId).toList(),
                List.of(ProgramStatus.ACTIVE), ProgramStatus.RESTRICTED, asOf, now);

        // E5: the day each escalated program was restricted, for the deadline its event carries (a restriction's is asOf)
        Map<UUID, LocalDate> restrictedOn = new java.util.HashMap<>();
        List<CapabilityReviewChange> escalated = escalate(escalation, asOf, restricted, now, restrictedOn);

        List<CapabilityReviewChange> changes = new ArrayList<>(restricted);
        changes.addAll(escalated);
        Instant completedAt = Instant.now(clock);
        reviews.save(reviewId, asOf, version.version(), requestedBy, startedAt, completedAt, candidates.size(),
                restricted.size(), escalated.size(), changes.stream()
                        .map(c -> new Outcome(c.tenantId(), c.previousStatus(), c.status(), c.reasonCodes())).toList());
        events.record(changes.stream().map(c -> c.event(asOf, reviewId, escalation,
                restrictedOn.getOrDefault(c.tenantId(), asOf))).toList());
        LOG.infof("Capability review %s as of %s (policy %s): %d evaluated, %d restricted, %d escalated", reviewId, asOf,
                version.version(), candidates.size(), restricted.size(), escalated.size());
        return new Result(reviewId, asOf, version.version(), candidates.size(), restricted, escalated, startedAt, completedAt);
    }

    private List<CapabilityReviewChange> escalate(EscalationPolicy escalation, LocalDate asOf,
                                                  List<CapabilityReviewChange> justRestricted, Instant now,
                                                  Map<UUID, LocalDate> restrictedOn) {
        if (!escalation.enabled()) {
            return List.of();
        }
        Set<UUID> skip = new HashSet<>();
        justRestricted.forEach(c -> skip.add(c.tenantId()));
        Map<ProgramStatus, List<CapabilityReviewChange>> byStatus = new EnumMap<>(ProgramStatus.class);
        for (Restricted program : reviews.restrictedDirectBill()) {
            if (skip.contains(program.tenantId())) {
                continue;
            }
            CapabilityReviewChange.escalation(program.tenantId(), program.status(), program.restrictedOn(), asOf, escalation)
                    .ifPresent(change -> {
                        byStatus.computeIfAbsent(change.status(), s -> new ArrayList<>()).add(change);
                        restrictedOn.put(change.tenantId(), program.restrictedOn());
                    });
        }
        List<CapabilityReviewChange> escalated = new ArrayList<>();
        byStatus.forEach((status, changes) -> {
            reviews.changeDirectBillStatus(changes.stream().map(CapabilityReviewChange::tenantId).toList(),
                    List.of(ProgramStatus.RESTRICTED, ProgramStatus.SUSPENDED), status, asOf, now);
            escalated.addAll(changes);
        });
        return escalated;
    }
}
