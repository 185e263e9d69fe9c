package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * T15 The handover statement of a processed transfer, for both parties' billing systems: per moved subscription the old
 * and the new id, the offer, the quantity that moved, the instant the provider took it over (its new subscription's
 * creation) and the billing cut-over date. The cut-over rule: the partner bills up to and including the day the provider
 * took over, the provider from the next calendar day, both in UTC (this service knows no party's time zone: a country
 * may span several). A request not processed yet (not accepted, or still processing) has no statement
 * ({@code HANDOVER_NOT_READY}); one that ended without moving anything has an empty one.
 */
public final class HandoverStatement {

    public static final String HANDOVER_NOT_READY = "HANDOVER_NOT_READY";

    /** One moved subscription. */
    public record Line(UUID transferId, UUID customerTenantId, UUID oldSubscriptionId, UUID newSubscriptionId, String offerId,
                       String offerName, ProductType productType, int quantity, String billingCycle, Instant providerTookOverAt,
                       LocalDate billingCutOverDate) {
    }

    private HandoverStatement() {
    }

    /** Issued once the accepted request was processed: Complete or PartiallyComplete (or Failed, with no line). */
    public static Outcome mayIssue(Transfer transfer) {
        boolean processed = transfer.stage() == TransferStage.AWAITING_PROVIDER_VERIFICATION
                || transfer.stage() == TransferStage.AWAITING_PARTNER_VERIFICATION || transfer.stage() == TransferStage.CLOSED
                || transfer.status() == TransferStatus.FAILED;
        return Outcome.refusedIf(!processed, Refusal.conflict(HANDOVER_NOT_READY, "A handover statement exists once the provider "
                + "accepted the request and it was processed; this one is " + transfer.status().wireName())
                .with("status", transfer.status().wireName()).with("transferId", transfer.id()));
    }

    /** The first day the provider bills: the day after it took over, in UTC. */
    public static LocalDate billingCutOver(Instant providerTookOverAt) {
        return LocalDate.ofInstant(providerTookOverAt, ZoneOffset.UTC).plusDays(1);
    }

    /** The lines of a processed transfer, in its order; {@code successors} are the provider's new subscriptions by id. */
    public static List<Line> lines(Transfer transfer, Map<UUID, Subscription> successors) {
        return transfer.lines().stream().filter(l -> l.status() == LineStatus.COMPLETE).map(l -> {
            UUID next = l.newSubscriptionId().orElseThrow();
            Instant tookOver = Optional.ofNullable(successors.get(next)).map(Subscription::createdAt)
                    .orElseGet(() -> transfer.completedTime().orElse(transfer.lastModifiedTime()));
            return new Line(transfer.id(), transfer.customerTenantId(), l.subscriptionId(), next, l.offerId(), l.friendlyName(),
                    l.productType(), l.quantity(), l.billingCycle(), tookOver, billingCutOver(tookOver));
        }).toList();
    }
}
