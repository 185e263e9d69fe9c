package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.domain.PartnerVerificationPolicy;
import org.csptransition.transfer.domain.ProviderVerificationPolicy;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferEvent;
import org.csptransition.transfer.domain.TransferLine;
import org.csptransition.transfer.domain.VerificationReport;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * T8 step 3 by the target, then T9 step 4 by the source: the suite checks what the party confirms, records who and when,
 * and after step 4 the request is closed. Out of order or not true: refused with what is wrong.
 */
@ApplicationScoped
public class TransferVerifications {

    private static final Logger LOG = Logger.getLogger(TransferVerifications.class);

    private final TransferDecisions decisions;
    private final TransferRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final TransferEvents events;
    private final TransferQueries queries;
    private final Clock clock;

    TransferVerifications(TransferDecisions decisions, TransferRepository transfers, SubscriptionRepository subscriptions,
                          TransferEvents events, TransferQueries queries, Clock clock) {
        this.decisions = decisions;
        this.transfers = transfers;
        this.subscriptions = subscriptions;
        this.events = events;
        this.queries = queries;
        this.clock = clock;
    }

    /** The check's report and the transfer after it. */
    public record Verified(VerificationReport report, TransferView transfer, Instant verifiedAt, String verifiedBy) {
    }

    /** The target verifies step 3 (publishes transfer.provider-verified.v1); the source step 4 (transfer.partner-verified.v1). */
    @Transactional
    public Verified verify(UUID customer, UUID transferId, UUID caller, String by, String ifMatch) {
        Transfer transfer = decisions.lockedFor(customer, transferId, caller, ifMatch);
        Instant now = Instant.now(clock);
        VerificationReport report;
        TransferEvent event;
        if (transfer.isTarget(caller)) {
            List<UUID> successors = transfer.lines().stream().map(TransferLine::newSubscriptionId).flatMap(Optional::stream).toList();
            report = ProviderVerificationPolicy.check(transfer, byId(subscriptions.byIds(successors)));
            transfer.mayVerifyByProvider(report).orThrow();
            event = transfer.verifyByProvider(report, by, now);
        } else {
            List<UUID> originals = transfer.lines().stream().map(TransferLine::subscriptionId).toList();
            report = PartnerVerificationPolicy.check(transfer, byId(subscriptions.byIds(originals)));
            transfer.mayVerifyByPartner(report).orThrow();
            event = transfer.verifyByPartner(report, by, now);
        }
        events.record(transfer, event);
        transfers.flush();
        LOG.infof("Transfer %s verified by the %s", transferId, report.step().toLowerCase());
        return new Verified(report, queries.views(List.of(transfer)).get(0), now, by);
    }

    private static Map<UUID, Subscription> byId(List<Subscription> list) {
        return list.stream().collect(Collectors.toMap(Subscription::id, Function.identity()));
    }
}
