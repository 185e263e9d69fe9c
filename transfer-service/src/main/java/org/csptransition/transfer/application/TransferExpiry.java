package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.config.TransferConfig;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferEvent;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.TransferRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/** T7: Active requests at or past their expiration time become Expired and free their subscriptions; both sides hear. */
@ApplicationScoped
public class TransferExpiry {

    private static final Logger LOG = Logger.getLogger(TransferExpiry.class);

    private final TransferRepository transfers;
    private final ActiveTransferClaims claims;
    private final TransferEvents events;
    private final TransferConfig config;
    private final Clock clock;

    TransferExpiry(TransferRepository transfers, ActiveTransferClaims claims, TransferEvents events, TransferConfig config,
                   Clock clock) {
        this.transfers = transfers;
        this.claims = claims;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Expires one batch (those another replica holds are skipped); returns how many. Publishes transfer.expired.v1 each. */
    @Transactional
    public int expireDue() {
        Instant now = Instant.now(clock);
        int expired = 0;
        for (Transfer transfer : transfers.lockDueForExpiry(now, config.expiry().batchSize())) {
            // the query locked only due requests; should the clocks disagree, the batch stops rather than expire one early
            transfer.mayExpire(now).orThrow();
            TransferEvent.Expired event = transfer.expire(now);
            claims.release(transfer.id());
            events.record(transfer, event);
            LOG.infof("Transfer %s expired (expiration time %s)", transfer.id(), transfer.expirationTime());
            expired++;
        }
        return expired;
    }
}
