package org.csptransition.eligibility.application;

import org.csptransition.eligibility.domain.PastCapabilityReview;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Event;
import org.csptransition.eligibility.config.EligibilityConfig;
import org.csptransition.eligibility.domain.CapabilityReviewState;
import org.csptransition.eligibility.persistence.CapabilityReviewRunRepository;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * E5: a capability review as of a date restricts every active direct-bill partner that fails the policy in force, and
 * (if configured) escalates older restrictions. Set-based: the facts of all partners come from one query, the
 * requirements are the same policy classes as a single evaluation, and the changes are a few bulk statements.
 */
@ApplicationScoped
public class CapabilityReviews {

    private static final Logger LOG = Logger.getLogger(CapabilityReviews.class);

    private final CapabilityReviewRepository reviews;
    private final CapabilityReviewRunRepository runs;
    private final DirectBillPolicies policies;
    private final PartnerEvents events;
    private final Clock clock;
    private final int progressEvery;
    private final Event<Progressed> progressed;
    /** One review at a time runs in the background (they serialise on the review lock anyway). */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "capability-review");
        thread.setDaemon(true);
        return thread;
    });

    CapabilityReviews(CapabilityReviewRepository reviews, CapabilityReviewRunRepository runs, DirectBillPolicies policies,
                      PartnerEvents events, Clock clock, EligibilityConfig config, Event<Progressed> progressed) {
        this.reviews = reviews;
        this.runs = runs;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
        this.progressEvery = Math.max(1, config.capabilityReview().progressEvery());
        this.progressed = progressed;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** A running review wrote its progress (committed): {@code processed} of {@code total} partners evaluated. */
    public record Progressed(UUID reviewId, int processed, int total) {
    }

    /** A review's run: where it is, {@code processed} of {@code total} partners so far ({@code total} unknown until counted). */
    public record Run(UUID id, LocalDate asOf, String policyVersion, String requestedBy, CapabilityReviewState state, int processed,
                      Integer total, Instant startedAt, String failure) {
    }

    /** Where a review is (null for a review from before runs were recorded), and its recorded outcome once it COMPLETED. */
    public record Status(Run run, java.util.Optional<Past> past) {
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

    /** A review, running or done: empty when no review has this id. */
    @Transactional
    public java.util.Optional<Status> status(UUID id) {
        return runs.find(id)
                .map(r -> new Status(new Run(r.id(), r.asOf(), r.policyVersion(), r.requestedBy(), r.state(), r.processed(), r.total(),
                        r.startedAt(), r.failure()), r.state() == CapabilityReviewState.COMPLETED ? find(id) : java.util.Optional.empty()))
                .or(() -> find(id).map(past -> new Status(null, java.util.Optional.of(past))));
    }

    /** The review with the escalation this deployment configured (none by default), in the caller's thread. */
    public Result run(LocalDate asOf, String requestedBy) {
        return run(asOf, requestedBy, policies.escalation());
    }

    /** The review with an explicit escalation policy, in the caller's thread. */
    public Result run(LocalDate asOf, String requestedBy, EscalationPolicy escalation) {
        return recorded(open(asOf, requestedBy), asOf, requestedBy, escalation);
    }

    /**
     * Starts the review in the background and answers its id at once; GET /v1/capability-reviews/{id} shows its progress.
     * A date without a policy in force is refused here (NO_POLICY_IN_FORCE), before anything runs. Its changes are
     * recorded by the system (no request runs them); {@code requestedBy} names who asked.
     */
    public UUID start(LocalDate asOf, String requestedBy) {
        UUID id = open(asOf, requestedBy);
        EscalationPolicy escalation = policies.escalation();
        background.execute(() -> {
            try {
                recorded(id, asOf, requestedBy, escalation);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Capability review %s as of %s failed", id, asOf);
            }
        });
        return id;
    }

    /** The RUNNING row, committed at once so its progress can be read; a refused date leaves none. */
    private UUID open(LocalDate asOf, String requestedBy) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> runs.open(id, asOf, policies.inForceOn(asOf).version(), requestedBy, Instant.now(clock)));
        return id;
    }

    /** The review in its transaction; when that rolls back, the run is FAILED (it changed nothing). */
    private Result recorded(UUID reviewId, LocalDate asOf, String requestedBy, EscalationPolicy escalation) {
        try {
            return review(reviewId, asOf, requestedBy, escalation);
        } catch (RuntimeException e) {
            String failure = String.valueOf(e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> runs.finish(reviewId, CapabilityReviewState.FAILED,
                    failure.substring(0, Math.min(500, failure.length())), Instant.now(clock)));
            throw e;
        }
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    Result review(UUID reviewId, LocalDate asOf, String requestedBy, EscalationPolicy escalation) {
        Instant startedAt = Instant.now(clock);
        PolicyVersion version = policies.inForceOn(asOf);
        Thresholds thresholds = version.thresholds();
        reviews.lockReviews();

        List<Candidate> candidates = reviews.activeDirectBillPartners(asOf, TrailingTwelveMonths.firstMonth(asOf),
                TrailingTwelveMonths.lastMonth(asOf));
        int total = candidates.size();
        progress(reviewId, 0, total);
        List<CapabilityReviewChange> restricted = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Candidate candidate = candidates.get(i);
            CapabilityReviewChange.restriction(candidate.tenantId(), candidate.partnerId(),
                    DirectBillPolicy.evaluate(version, candidate.facts(), thresholds)).ifPresent(restricted::add);
            if ((i + 1) % progressEvery == 0 && i + 1 < total) {
                progress(reviewId, i + 1, total);
            }
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
        // in the review's own transaction: COMPLETED becomes visible together with the outcome it announces
        runs.progress(reviewId, total, total, completedAt);
        runs.finish(reviewId, CapabilityReviewState.COMPLETED, null, completedAt);
        LOG.infof("Capability review %s as of %s (policy %s): %d evaluated, %d restricted, %d escalated", reviewId, asOf,
                version.version(), candidates.size(), restricted.size(), escalated.size());
        return new Result(reviewId, asOf, version.version(), candidates.size(), restricted, escalated, startedAt, completedAt);
    }

    /** Writes how far the review is in a transaction of its own, visible before the review commits. */
    private void progress(UUID reviewId, int processed, int total) {
        QuarkusTransaction.requiringNew().run(() -> runs.progress(reviewId, processed, total, Instant.now(clock)));
        progressed.fire(new Progressed(reviewId, processed, total));
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
