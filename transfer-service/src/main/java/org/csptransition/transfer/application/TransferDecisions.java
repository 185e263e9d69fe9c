package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.http.ETags;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferEvent;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.TransferRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** T5 the source withdraws, T6 the target rejects: both end an Active request and free its subscriptions (T4). */
@ApplicationScoped
public class TransferDecisions {

    private static final Logger LOG = Logger.getLogger(TransferDecisions.class);

    private final TransferRepository transfers;
    private final ActiveTransferClaims claims;
    private final TransferEvents events;
    private final TransferQueries queries;
    private final Clock clock;

    TransferDecisions(TransferRepository transfers, ActiveTransferClaims claims, TransferEvents events, TransferQueries queries,
                      Clock clock) {
        this.transfers = transfers;
        this.claims = claims;
        this.events = events;
        this.queries = queries;
        this.clock = clock;
    }

    /** T5: 204 when withdrawn; publishes transfer.withdrawn.v1. */
    @Transactional
    public void withdraw(UUID customer, UUID transferId, UUID caller, String by, String ifMatch) {
        Transfer transfer = lockedFor(customer, transferId, caller, ifMatch);
        Instant now = Instant.now(clock);
        transfer.mayWithdraw(caller, now).orThrow();
        TransferEvent.Withdrawn withdrawn = transfer.withdraw(caller, by, now);
        claims.release(transfer.id());
        events.record(transfer, withdrawn);
        LOG.infof("Transfer %s withdrawn", transfer.id());
    }

    /** T6: the target rejects; publishes transfer.rejected.v1. */
    @Transactional
    public TransferView reject(UUID customer, UUID transferId, UUID caller, String by, String reason, String ifMatch) {
        Transfer transfer = lockedFor(customer, transferId, caller, ifMatch);
        Instant now = Instant.now(clock);
        transfer.mayDecide(caller, now).orThrow();
        TransferEvent.Rejected rejected = transfer.reject(caller, by, reason, now);
        claims.release(transfer.id());
        events.record(transfer, rejected);
        transfers.flush();
        LOG.infof("Transfer %s rejected", transfer.id());
        return queries.views(List.of(transfer)).get(0);
    }

    /**
     * The transfer locked for a change by one of its parties (anyone else: not found), after its ETag matched
     * {@code If-Match}: checked under the lock, so of two changes with the same ETag one gets 412.
     */
    Transfer lockedFor(UUID customer, UUID transferId, UUID caller, String ifMatch) {
        Transfer transfer = transfers.locked(transferId)
                .filter(t -> t.customerTenantId().equals(customer) && t.isParty(caller))
                .orElseThrow(() -> TransferQueries.notFound(transferId));
        ETags.checkIfMatch(ifMatch, transfer.version());
        return transfer;
    }
}
