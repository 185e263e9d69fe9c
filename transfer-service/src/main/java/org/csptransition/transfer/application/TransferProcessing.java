package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.platform.http.ETags;
import org.csptransition.transfer.domain.GroupTransferPolicy;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.SubscriptionEvent;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferEvent;
import org.csptransition.transfer.domain.TransferLine;
import org.csptransition.transfer.domain.TransferStatus;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * T6 the steps of an acceptance, each in its own transaction: the decision, then one transaction per transfer group (a
 * group moves whole or fails alone), then the outcome. Every step locks the transfer first and does only what is still
 * pending, so a step run twice (two replicas, a resumed request) changes nothing the second time.
 */
@ApplicationScoped
public class TransferProcessing {

    private static final Logger LOG = Logger.getLogger(TransferProcessing.class);

    private final TransferRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final ActiveTransferClaims claims;
    private final TransferEvents events;
    private final TransferDecisions decisions;
    private final Clock clock;

    TransferProcessing(TransferRepository transfers, SubscriptionRepository subscriptions, ActiveTransferClaims claims,
                       TransferEvents events, TransferDecisions decisions, Clock clock) {
        this.transfers = transfers;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.events = events;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The target accepts an Active, unexpired request (If-Match checked under the row lock): it is InProgress, and of two
     * concurrent acceptances the second finds it so and is refused. Returns its transfer groups. Publishes transfer.accepted.v1.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> accept(UUID customer, UUID transferId, UUID caller, String by, String ifMatch) {
        return decide(decisions.lockedFor(customer, transferId, caller, ifMatch), caller, by);
    }

    /**
     * The same acceptance sent again after its first attempt was abandoned part way: when that attempt's decision was
     * recorded, only its pending groups (If-Match was checked then); otherwise as {@link #accept}. Decided under the
     * row lock, so the first attempt, should it still run, and this one decide once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> acceptAgain(UUID customer, UUID transferId, UUID caller, String by, String ifMatch) {
        Transfer transfer = decisions.lockedFor(customer, transferId, caller, null);
        if (transfer.targetPartnerTenantId().equals(caller) && transfer.acceptedBy().isPresent()) {
            return List.copyOf(transfer.pendingGroups().keySet());
        }
        ETags.checkIfMatch(ifMatch, transfer.version());
        return decide(transfer, caller, by);
    }

    private List<UUID> decide(Transfer transfer, UUID caller, String by) {
        Instant now = Instant.now(clock);
        transfer.mayDecide(caller, now).orThrow();
        TransferEvent.Accepted accepted = transfer.accept(caller, by, now);
        events.record(transfer, accepted);
        LOG.infof("Transfer %s accepted by %s", transfer.id(), by);
        return List.copyOf(transfer.pendingGroups().keySet());
    }

    /**
     * One transfer group: if none of its source subscriptions changed since the request, the provider gets a successor of
     * each (new id, the snapshot quantity, an add-on under its base's successor) and the originals are suspended or
     * delisted (subscription.transferred.v1, subscription.suspended.v1); otherwise the group fails alone with the reason.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void processGroup(UUID transferId, UUID groupId) {
        Transfer transfer = transfers.locked(transferId).orElseThrow();
        List<TransferLine> group = transfer.pendingGroups().get(groupId);
        if (transfer.status() != TransferStatus.IN_PROGRESS || group == null) {
            return;
        }
        Map<UUID, Subscription> current = subscriptions.lockedByIds(group.stream().map(TransferLine::subscriptionId).toList())
                .stream().collect(Collectors.toMap(Subscription::id, Function.identity()));
        Instant now = Instant.now(clock);
        Outcome movable = GroupTransferPolicy.check(group, current, transfer.sourcePartnerTenantId());
        if (movable.isRefused()) {
            // not a refusal of the request: the group fails alone, recorded on its lines, and the others still move
            Refusal reason = movable.refusals().get(0);
            transfer.failGroup(groupId, reason, now);
            LOG.infof("Transfer %s group %s failed: %s", transferId, groupId, reason.code());
            return;
        }
        Map<UUID, UUID> successorOf = new LinkedHashMap<>();
        group.forEach(line -> successorOf.put(line.subscriptionId(), UUID.randomUUID()));
        List<SubscriptionEvent> changes = new ArrayList<>();
        String by = transfer.acceptedBy().orElseThrow();
        for (TransferLine line : group) {
            Subscription original = current.get(line.subscriptionId());
            Subscription next = original.successor(successorOf.get(line.subscriptionId()), transfer.targetPartnerTenantId(),
                    line.quantity(), line.baseSubscriptionId().map(successorOf::get).orElse(null), transferId, by, now);
            subscriptions.persist(next);
            changes.addAll(original.transferredTo(next, transferId, now));
        }
        TransferEvent.GroupMoved moved = transfer.completeGroup(groupId, successorOf, now);
        events.record(transfer, moved, changes);
    }

    /** Every group processed: Complete, PartiallyComplete or Failed; the subscriptions are free of the request (T4). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(UUID transferId) {
        Transfer transfer = transfers.locked(transferId).orElseThrow();
        if (transfer.status() != TransferStatus.IN_PROGRESS || !transfer.pendingGroups().isEmpty()) {
            return;
        }
        TransferEvent.Processed processed = transfer.finishProcessing(Instant.now(clock));
        claims.release(transferId);
        events.record(transfer, processed);
        LOG.infof("Transfer %s processed: %s", transferId, processed.outcome().wireName());
    }

    /** The groups still pending of an accepted request. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> pendingGroups(UUID transferId) {
        return transfers.findWithLines(transferId).map(t -> List.copyOf(t.pendingGroups().keySet())).orElse(List.of());
    }

    /** Accepted requests a crash left InProgress: their last change is older than {@code before}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> interrupted(Instant before, int limit) {
        return transfers.lockInterrupted(before, limit).stream().map(Transfer::id).toList();
    }
}
