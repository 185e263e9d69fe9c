package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferEvent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes what a transfer's transitions caused, through the outbox of the current transaction. Every event carries the
 * transfer id, the customer, source and target with their names, and the lines, so a consumer can write to a person from
 * the event alone.
 */
@ApplicationScoped
public class TransferEvents {

    public static final String SUSPENDED_BY_TRANSFER = "TRANSFERRED_TO_INDIRECT_PROVIDER";

    private final Outbox outbox;

    TransferEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void record(Transfer t, TransferEvent event) {
        outbox.record(payload(t, event));
    }

    /** T6: subscription.transferred.v1 per moved subscription, subscription.suspended.v1 per suspended original. */
    public void recordMoved(Transfer t, TransferEvent.GroupMoved moved, Map<UUID, Subscription> originals,
                            Map<UUID, Subscription> successors) {
        for (TransferEvent.GroupMoved.Moved m : moved.moved()) {
            Subscription original = originals.get(m.originalId());
            Subscription next = successors.get(m.successorId());
            outbox.record(new SubscriptionTransferred(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), original.id(), next.id(),
                    moved.transferGroupId(), next.offerId(), next.offerName(), next.productType().name(), next.quantity(),
                    next.billingCycle(), next.azureSubscriptionId().orElse(null), next.createdAt()));
            if (m.originalSuspended()) {
                outbox.record(new SubscriptionSuspended(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                        t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), original.id(), next.id(),
                        original.offerName(), next.quantity(), SUSPENDED_BY_TRANSFER, original.updatedAt()));
            }
        }
    }

    static EventPayload payload(Transfer t, TransferEvent event) {
        List<TransferLine> lines = lines(t);
        if (event instanceof TransferEvent.Created e) {
            return new TransferCreated(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), t.partnerIdOnRecord(), e.at(), e.by(),
                    t.expirationTime(), lines);
        }
        if (event instanceof TransferEvent.Withdrawn e) {
            return new TransferWithdrawn(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), e.at(), e.by(), lines);
        }
        if (event instanceof TransferEvent.Rejected e) {
            return new TransferRejected(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), e.at(), e.by(), e.reason(), lines);
        }
        if (event instanceof TransferEvent.Expired e) {
            return new TransferExpired(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), t.expirationTime(), e.at(), lines);
        }
        if (event instanceof TransferEvent.Accepted e) {
            return new TransferAccepted(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), e.at(), e.by(), lines);
        }
        if (event instanceof TransferEvent.Processed e) {
            return processed(t, e, lines);
        }
        if (event instanceof TransferEvent.ProviderVerified e) {
            return new TransferProviderVerified(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), e.at(), e.by(), lines);
        }
        if (event instanceof TransferEvent.PartnerVerified e) {
            return new TransferPartnerVerified(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), e.at(), e.by(),
                    t.providerVerifiedAt().orElse(null), t.providerVerifiedBy().orElse(null), lines);
        }
        throw new IllegalArgumentException("No single event for " + event + " (a moved group is published by recordMoved)");
    }

    private static EventPayload processed(Transfer t, TransferEvent.Processed e, List<TransferLine> lines) {
        String status = e.outcome().wireName();
        String by = t.acceptedBy().orElse(null);
        var accepted = t.acceptedTime().orElse(null);
        return switch (e.outcome()) {
            case COMPLETE -> new TransferCompleted(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), status, accepted, by, e.at(), lines);
            case PARTIALLY_COMPLETE -> new TransferPartiallyCompleted(t.id(), t.customerTenantId(), t.customerName(),
                    t.sourcePartnerTenantId(), t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), status,
                    accepted, by, e.at(), lines);
            case FAILED -> new TransferFailed(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(),
                    t.sourcePartnerName(), t.targetPartnerTenantId(), t.targetPartnerName(), status, accepted, by, e.at(), lines);
            default -> throw new IllegalArgumentException("not an outcome: " + e.outcome());
        };
    }

    static List<TransferLine> lines(Transfer t) {
        return t.lines().stream().map(l -> new TransferLine(l.subscriptionId(), l.friendlyName(), l.quantity(),
                l.status().wireName(), l.newSubscriptionId().orElse(null), l.errorCode().orElse(null),
                l.errorDescription().orElse(null))).toList();
    }
}
