package org.csptransition.transfer.application;

import org.csptransition.transfer.domain.Transfer;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A transfer with the current quantity of each source subscription, to show beside the snapshot (T10). */
public record TransferView(Transfer transfer, Map<UUID, Integer> currentQuantities) {

    public Optional<Integer> currentQuantity(UUID subscriptionId) {
        return Optional.ofNullable(currentQuantities.get(subscriptionId));
    }
}
