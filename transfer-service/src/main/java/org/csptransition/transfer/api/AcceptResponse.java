package org.csptransition.transfer.api;

import org.csptransition.transfer.application.TransferAcceptance;

import java.util.List;
import java.util.UUID;

/** T6 what an acceptance did: the transfer, the provider's new subscriptions, and the error of each transfer group that failed. */
public record AcceptResponse(TransferResponse transfer, List<SubscriptionResponse> newSubscriptions, List<TransferErrorItem> transferErrors) {

    /** A transfer group that did not move: the subscription that changed since the request, a stable code, why. */
    public record TransferErrorItem(UUID transferGroupId, UUID subscriptionId, String code, String description) {
    }

    static AcceptResponse of(TransferAcceptance.Accepted accepted) {
        return new AcceptResponse(TransferResponse.of(accepted.transfer()),
                accepted.newSubscriptions().stream().map(SubscriptionResponse::of).toList(),
                accepted.transferErrors().stream().map(e -> new TransferErrorItem(e.transferGroupId(), e.subscriptionId(), e.code(),
                        e.description())).toList());
    }
}
