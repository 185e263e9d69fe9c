package org.csptransition.transfer.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * T10 Quantity drift: a seat change on a subscription inside an active request is allowed, but the request keeps the
 * quantity of the moment it was made. The drift is shown (the snapshot quantity beside the current one) so the partner
 * can withdraw and recreate the request if the new quantity should move.
 */
public record QuantityDrift(UUID transferId, UUID subscriptionId, int snapshotQuantity, int currentQuantity) {

    public static final String CODE = "QUANTITY_DRIFT_IN_ACTIVE_TRANSFER";

    public static Optional<QuantityDrift> of(UUID transferId, TransferLine line, int currentQuantity) {
        return line.quantity() == currentQuantity ? Optional.empty()
                : Optional.of(new QuantityDrift(transferId, line.subscriptionId(), line.quantity(), currentQuantity));
    }

    public String message() {
        return "The seat change succeeded, but active transfer " + transferId + " keeps the quantity " + snapshotQuantity
                + " of when it was requested (now " + currentQuantity + "); withdraw and recreate it to move " + currentQuantity;
    }
}
