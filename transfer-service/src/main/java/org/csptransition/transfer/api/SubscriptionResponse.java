package org.csptransition.transfer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.csptransition.transfer.domain.Subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * T1 A subscription as its owner sees it. {@code warnings} appear only on a change that needs saying, such as a seat
 * change inside an active transfer (T10).
 */
public record SubscriptionResponse(UUID id, UUID customerTenantId, UUID ownerPartnerTenantId, String offerId, String offerName,
                                   String productType, int quantity, String billingCycle, boolean autoRenew, String status,
                                   UUID baseSubscriptionId, String azureSubscriptionId, String origin,
                                   UUID transferredFromSubscriptionId, UUID transferredToSubscriptionId, UUID transferId,
                                   Instant createdAt, Instant lastModifiedAt,
                                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

    /** Something the caller should know about a change that succeeded: a stable code, a message, the facts. */
    public record Warning(String code, String message, UUID transferId, Integer snapshotQuantity, Integer currentQuantity) {
    }

    static SubscriptionResponse of(Subscription s) {
        return of(s, List.of());
    }

    static SubscriptionResponse of(Subscription s, List<Warning> warnings) {
        return new SubscriptionResponse(s.id(), s.customerTenantId(), s.ownerPartnerTenantId(), s.offerId(), s.offerName(),
                s.productType().name(), s.quantity(), s.billingCycle(), s.autoRenew(), s.status().name(), s.baseSubscriptionId().orElse(null),
                s.azureSubscriptionId().orElse(null), s.origin().name(), s.transferredFromSubscriptionId().orElse(null),
                s.transferredToSubscriptionId().orElse(null), s.transferId().orElse(null), s.createdAt(), s.updatedAt(), warnings);
    }
}
