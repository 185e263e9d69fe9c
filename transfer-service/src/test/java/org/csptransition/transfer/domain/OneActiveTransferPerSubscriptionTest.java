package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("T4 one active transfer per subscription")
class OneActiveTransferPerSubscriptionTest {

    @Test
    @DisplayName("the refusal is a 409 TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER naming the transfer that holds the subscription")
    void namesTheHolder() {
        UUID subscription = UUID.randomUUID();
        UUID holder = UUID.randomUUID();
        Refusal refusal = OneActiveTransferPerSubscription.refusal(subscription, holder);

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.context()).containsEntry("transferId", holder).containsEntry("subscriptionId", subscription);
        assertThat(refusal.message()).contains(holder.toString());
    }

    @Test
    @DisplayName("Active and InProgress requests hold their subscriptions; ended ones do not")
    void whoHolds() {
        assertThat(TransferStatus.ACTIVE.holdsSubscriptions()).isTrue();
        assertThat(TransferStatus.IN_PROGRESS.holdsSubscriptions()).isTrue();
        assertThat(TransferStatus.WITHDRAWN.holdsSubscriptions()).isFalse();
        assertThat(TransferStatus.EXPIRED.holdsSubscriptions()).isFalse();
    }
}
