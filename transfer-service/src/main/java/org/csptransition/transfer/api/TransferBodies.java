package org.csptransition.transfer.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Request bodies of the transfer endpoints, with exactly the writable fields. */
public final class TransferBodies {

    static final String DIRECT_TO_INDIRECT = "(?i)directtoindirect";

    private TransferBodies() {
    }

    /**
     * T3: the subscriptions of one customer to move to one indirect provider; add-ons join their base by themselves.
     * A body shaped like Partner Center's TransferEntity is accepted as Partner Center accepts it: the fields Partner
     * Center fills in itself or derives from the caller are ignored; any other
     * unknown field is still a 400 UNKNOWN_FIELD.
     */
    @JsonIgnoreProperties({"id", "createdTime", "lastModifiedTime", "lastModifiedUser", "completedTime", "expirationTime",
            "customerName", "customerTenantId", "customerEmailId", "partnertenantid", "partnerTenantId", "sourcePartnerName",
            "sourcePartnerTenantId", "targetPartnerName", "targetPartnerEmailId", "transferDirection", "status", "attributes", "links"})
    @Schema(description = "The request. Partner Center's read-only TransferEntity fields (id, createdTime, lastModifiedTime, "
            + "lastModifiedUser, completedTime, expirationTime, customerName, customerTenantId, customerEmailId, partnertenantid, "
            + "sourcePartnerName, sourcePartnerTenantId, targetPartnerName, targetPartnerEmailId, transferDirection, status, "
            + "attributes, links) may be sent as Partner Center clients send them and are ignored; any other field is refused.")
    public record NewTransfer(
            @NotNull UUID targetPartnerTenantId,
            @Pattern(regexp = DIRECT_TO_INDIRECT, message = "must be directToIndirect")
            @Schema(description = "Optional, as Partner Center clients send it: directToIndirect", example = "directToIndirect") String transferType,
            @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LineItem> lineItems) {
    }

    /** One subscription to move; Partner Center's read-only TransferLineItem fields are ignored, as there. */
    @JsonIgnoreProperties({"id", "quantity", "billingCycle", "friendlyName", "partnerIdOnRecord", "offerId", "addonItems",
            "transferError", "status", "transferGroupId", "termDuration", "skuId", "catalogItemId", "attributes", "links"})
    @Schema(name = "NewLineItem", description = "One subscription. Partner Center's read-only TransferLineItem fields (id, quantity, "
            + "billingCycle, friendlyName, partnerIdOnRecord, offerId, addonItems, transferError, status, transferGroupId, "
            + "termDuration, skuId, catalogItemId, attributes, links) are ignored: the suite takes the quantity of the moment.")
    public record LineItem(@NotNull UUID subscriptionId) {
    }

    /** T6: the target's decision on Partner Center's shape: {@code {"status": "reject"}}, with an optional reason. */
    public record Decision(
            @NotNull @Pattern(regexp = "(?i)reject(ed)?", message = "must be reject: a provider accepts with POST .../accept")
            @Schema(description = "reject", example = "reject") String status,
            @Size(max = 500) @Schema(description = "Why, in the provider's words; it travels in transfer.rejected.v1") String reason) {
    }

    /** The customer and the body together: what an Idempotency-Key of a create stands for. */
    record KeyedNewTransfer(UUID customerTenantId, NewTransfer request) {
    }

    /** What an Idempotency-Key of an acceptance stands for. */
    record KeyedAcceptance(UUID customerTenantId, UUID transferId) {
    }
}
