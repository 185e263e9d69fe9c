package org.csptransition.transfer.api;

import org.csptransition.transfer.application.TransferView;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A transfer request on Partner Center's shape: the same field names and status spellings. Each base subscription is a
 * line item with its add-ons in {@code addonItems}; {@code quantity} is the request's snapshot and {@code currentQuantity}
 * the source subscription's quantity now (T10). {@code stage} and {@code verifications} are this suite's additions.
 */
@Schema(name = "Transfer")
public record TransferResponse(
        UUID id,
        UUID customerTenantId,
        String customerName,
        UUID sourcePartnerTenantId,
        String sourcePartnerName,
        UUID targetPartnerTenantId,
        String targetPartnerName,
        @Schema(description = "Active | InProgress | Complete | PartiallyComplete | Failed | Rejected | Withdrawn | Expired (new values may appear)")
        String status,
        @Schema(description = "AWAITING_PROVIDER_DECISION | PROCESSING | AWAITING_PROVIDER_VERIFICATION | AWAITING_PARTNER_VERIFICATION | CLOSED | ENDED (new values may appear)")
        String stage,
        Instant createdTime,
        Instant lastModifiedTime,
        String lastModifiedUser,
        Instant expirationTime,
        Instant completedTime,
        List<LineItem> lineItems,
        Verifications verifications) {

    public record LineItem(
            UUID id,
            UUID subscriptionId,
            String offerId,
            String friendlyName,
            @Schema(description = "The quantity when the request was made: this is what moves") int quantity,
            @Schema(description = "The source subscription's quantity now (T10: differs after a seat change)") Integer currentQuantity,
            String billingCycle,
            String partnerIdOnRecord,
            UUID transferGroupId,
            List<LineItem> addonItems,
            @Schema(description = "Pending | Complete | Failed (new values may appear)") String status,
            UUID newSubscriptionId,
            TransferError transferError) {
    }

    public record TransferError(String code, String description) {
    }

    public record Verifications(Verification provider, Verification partner) {
    }

    public record Verification(Instant verifiedAt, String verifiedBy) {
    }

    static TransferResponse of(TransferView view) {
        Transfer t = view.transfer();
        List<TransferLine> lines = t.lines();
        List<LineItem> items = lines.stream().filter(l -> !l.isAddOn())
                .map(base -> item(view, base, lines.stream()
                        .filter(l -> l.isAddOn() && l.transferGroupId().equals(base.transferGroupId()))
                        .map(addOn -> item(view, addOn, List.of())).toList()))
                .toList();
        return new TransferResponse(t.id(), t.customerTenantId(), t.customerName(), t.sourcePartnerTenantId(), t.sourcePartnerName(),
                t.targetPartnerTenantId(), t.targetPartnerName(), t.status().wireName(), t.stage().name(), t.createdTime(),
                t.lastModifiedTime(), t.lastModifiedUser(), t.expirationTime(), t.completedTime().orElse(null), items,
                new Verifications(
                        t.providerVerifiedAt().map(at -> new Verification(at, t.providerVerifiedBy().orElse(null))).orElse(null),
                        t.partnerVerifiedAt().map(at -> new Verification(at, t.partnerVerifiedBy().orElse(null))).orElse(null)));
    }

    private static LineItem item(TransferView view, TransferLine line, List<LineItem> addOns) {
        return new LineItem(line.id(), line.subscriptionId(), line.offerId(), line.friendlyName(), line.quantity(),
                view.currentQuantity(line.subscriptionId()).orElse(null), line.billingCycle(), line.partnerIdOnRecord(),
                line.transferGroupId(), addOns, line.status().wireName(), line.newSubscriptionId().orElse(null),
                line.errorCode().map(code -> new TransferError(code, line.errorDescription().orElse(null))).orElse(null));
    }
}
