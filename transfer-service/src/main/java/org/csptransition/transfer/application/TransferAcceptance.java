package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.transfer.config.TransferConfig;
import org.csptransition.transfer.domain.Subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * T6 step 2, the provider accepts: the decision, each transfer group in its own transaction, then the outcome
 * ({@link TransferProcessing}). Answers with the transfer, the provider's new subscriptions and the error of each group
 * that failed. A request interrupted between its steps is finished by {@link #resumeInterrupted()}.
 */
@ApplicationScoped
public class TransferAcceptance {

    private final TransferProcessing processing;
    private final TransferQueries queries;
    private final TransferConfig config;
    private final Clock clock;

    TransferAcceptance(TransferProcessing processing, TransferQueries queries, TransferConfig config, Clock clock) {
        this.processing = processing;
        this.queries = queries;
        this.config = config;
        this.clock = clock;
    }

    /** The error of a transfer group that did not move: the subscription that changed, and why. */
    public record GroupError(UUID transferGroupId, UUID subscriptionId, String code, String description) {
    }

    /** What an acceptance did. */
    public record Accepted(TransferView transfer, List<Subscription> newSubscriptions, List<GroupError> transferErrors) {
    }

    public Accepted accept(UUID customer, UUID transferId, UUID caller, String by, String ifMatch) {
        List<UUID> groups = processing.accept(customer, transferId, caller, by, ifMatch);
        groups.forEach(group -> processing.processGroup(transferId, group));
        processing.finish(transferId);
        return queries.accepted(transferId);
    }

    /**
     * The same acceptance sent again after its first attempt was abandoned part way (its Idempotency-Key's claim taken
     * over): finishes what that attempt began and answers its outcome (the request may be Complete by now).
     */
    public Accepted acceptAgain(UUID customer, UUID transferId, UUID caller, String by, String ifMatch) {
        List<UUID> groups = processing.acceptAgain(customer, transferId, caller, by, ifMatch);
        groups.forEach(group -> processing.processGroup(transferId, group));
        processing.finish(transferId);
        return queries.accepted(transferId);
    }

    /** Finishes accepted requests whose processing was interrupted (no change for {@code transfer.processing.resume-after}). */
    public int resumeInterrupted() {
        List<UUID> interrupted = processing.interrupted(Instant.now(clock).minus(config.processing().resumeAfter()), 20);
        for (UUID transferId : interrupted) {
            processing.pendingGroups(transferId).forEach(group -> processing.processGroup(transferId, group));
            processing.finish(transferId);
        }
        return interrupted.size();
    }
}
