package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.transfer.SubscriptionSuspended;
import org.csptransition.platform.events.transfer.SubscriptionTransferred;
import org.csptransition.platform.events.transfer.TransferAccepted;
import org.csptransition.platform.events.transfer.TransferCompleted;
import org.csptransition.platform.events.transfer.TransferCreated;
import org.csptransition.platform.events.transfer.TransferExpired;
import org.csptransition.platform.events.transfer.TransferFailed;
import org.csptransition.platform.events.transfer.TransferLine;
import org.csptransition.platform.events.transfer.TransferPartiallyCompleted;
import org.csptransition.platform.events.transfer.TransferPartnerVerified;
import org.csptransition.platform.events.transfer.TransferProviderVerified;
import org.csptransition.platform.events.transfer.TransferRejected;
import org.csptransition.platform.events.transfer.TransferWithdrawn;
import org.csptransition.platform.messaging.Outbox;
import org.csptransition.transfer.domain.SubscriptionEvent;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one way the transfer family's events reach the outbox (of the current transaction): the domain events of a
 * {@link Transfer} and of the subscriptions it moved, each mapped to its wire record in platform-events. Every event
 * carries the transfer id, the customer, source and target with their names, and the lines, so a consumer can write to a
 * person from the event alone.
 */
@ApplicationScoped
public class TransferEvents {

    public static final String SUSPENDED_BY_TRANSFER = "TRANSFERRED_TO_INDIRECT_PROVIDER";

    private final Outbox outbox;
    private final Event<TransferMetrics.Closed> closed;

    TransferEvents(Outbox outbox, Event<TransferMetrics.Closed> closed) {
        this.outbox = outbox;
        this.closed = closed;
    }

    /** What a transition of {@code t} caused; a transition to a final status also counts in the time-to-close metric once committed. */
    public void record(Transfer t, TransferEvent event) {
        outbox.record(payload(t, event));
        Instant closedAt = event instanceof TransferEvent.Withdrawn e ? e.at() : event instanceof TransferEvent.Rejected e ? e.at()
                : event instanceof TransferEvent.Expired e ? e.at() : event instanceof TransferEvent.Processed e ? e.at() : null;
        if (closedAt != null) {
            closed.fire(new TransferMetrics.Closed(t.status(), t.createdTime(), closedAt));
        }
    }

    /**
     * T6: what moving one transfer group did to its subscriptions, in order: subscription.transferred.v1 per moved
     * subscription, subscription.suspended.v1 per suspended original.
     */
    public void record(Transfer t, TransferEvent.GroupMoved moved, List<SubscriptionEvent> changes) {
        changes.forEach(change -> outbox.record(payload(t, moved.transferGroupId(), change)));
    }

    /**
     * The seven fields every transfer.events record starts with, in wire order: the transfer id, the customer, the source
     * partner and the provider (the target), each tenant with its name ({@code id, c, cn, s, sn, p, pn} below). A wire
     * record's constructor receives them from {@link #about}, the one place that reads them from the transfer.
     */
    @FunctionalInterface
    interface WithParties<P extends EventPayload> {
        P of(UUID transferId, UUID customer, String customerName, UUID source, String sourceName, UUID target, String targetName);
    }

    private static <P extends EventPayload> P about(Transfer t, WithParties<P> record) {
        return record.of(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(), t.sourcePartnerName(),
                t.targetPartnerTenantId(), t.targetPartnerName());
    }

    static EventPayload payload(Transfer t, TransferEvent event) {
        List<TransferLine> lines = lines(t);
        if (event instanceof TransferEvent.Created e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferCreated(id, c, cn, s, sn, p, pn, t.partnerIdOnRecord(), e.at(),
                    e.by(), t.expirationTime(), lines));
        }
        if (event instanceof TransferEvent.Withdrawn e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferWithdrawn(id, c, cn, s, sn, p, pn, e.at(), e.by(), lines));
        }
        if (event instanceof TransferEvent.Rejected e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferRejected(id, c, cn, s, sn, p, pn, e.at(), e.by(), e.reason(), lines));
        }
        if (event instanceof TransferEvent.Expired e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferExpired(id, c, cn, s, sn, p, pn, t.expirationTime(), e.at(), lines));
        }
        if (event instanceof TransferEvent.Accepted e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferAccepted(id, c, cn, s, sn, p, pn, e.at(), e.by(), lines));
        }
        if (event instanceof TransferEvent.Processed e) {
            return processed(t, e, lines);
        }
        if (event instanceof TransferEvent.ProviderVerified e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferProviderVerified(id, c, cn, s, sn, p, pn, e.at(), e.by(), lines));
        }
        if (event instanceof TransferEvent.PartnerVerified e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new TransferPartnerVerified(id, c, cn, s, sn, p, pn, e.at(), e.by(),
                    t.providerVerifiedAt().orElse(null), t.providerVerifiedBy().orElse(null), lines));
        }
        throw new IllegalArgumentException("No single event for " + event + " (a moved group is published by its subscriptions' events)");
    }

    private static EventPayload processed(Transfer t, TransferEvent.Processed e, List<TransferLine> lines) {
        String status = e.outcome().wireName();
        String by = t.acceptedBy().orElse(null);
        Instant accepted = t.acceptedTime().orElse(null);
        return switch (e.outcome()) {
            case COMPLETE -> about(t, (id, c, cn, s, sn, p, pn) -> new TransferCompleted(id, c, cn, s, sn, p, pn, status, accepted, by,
                    e.at(), lines));
            case PARTIALLY_COMPLETE -> about(t, (id, c, cn, s, sn, p, pn) -> new TransferPartiallyCompleted(id, c, cn, s, sn, p, pn,
                    status, accepted, by, e.at(), lines));
            case FAILED -> about(t, (id, c, cn, s, sn, p, pn) -> new TransferFailed(id, c, cn, s, sn, p, pn, status, accepted, by,
                    e.at(), lines));
            default -> throw new IllegalArgumentException("not an outcome: " + e.outcome());
        };
    }

    static EventPayload payload(Transfer t, UUID transferGroupId, SubscriptionEvent change) {
        if (change instanceof SubscriptionEvent.Transferred e) {
            return about(t, (id, c, cn, s, sn, p, pn) -> new SubscriptionTransferred(id, c, cn, s, sn, p, pn, e.subscriptionId(),
                    e.successorId(), transferGroupId, e.offerId(), e.offerName(), e.productType().name(), e.quantity(),
                    e.billingCycle(), e.azureSubscriptionId(), e.at()));
        }
        SubscriptionEvent.Suspended e = (SubscriptionEvent.Suspended) change;
        return about(t, (id, c, cn, s, sn, p, pn) -> new SubscriptionSuspended(id, c, cn, s, sn, p, pn, e.subscriptionId(),
                e.successorId(), e.offerName(), e.quantity(), SUSPENDED_BY_TRANSFER, e.at()));
    }

    static List<TransferLine> lines(Transfer t) {
        return t.lines().stream().map(l -> new TransferLine(l.subscriptionId(), l.friendlyName(), l.quantity(),
                l.status().wireName(), l.newSubscriptionId().orElse(null), l.errorCode().orElse(null),
                l.errorDescription().orElse(null))).toList();
    }
}
