package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
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
    @DisplayName("T4 every subscription a claim found held is refused, each naming its holder; none held: allowed")
    void everyHeldSubscription() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID holder = UUID.randomUUID();
        Outcome outcome = OneActiveTransferPerSubscription.check(Map.of(first, holder, second, holder));

        assertThat(outcome.refusals()).extracting(Refusal::code).containsOnly("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER").hasSize(2);
        assertThat(outcome.refusals()).extracting(r -> r.context().get("subscriptionId")).containsExactlyInAnyOrder(first, second);
        assertThat(outcome.refusals()).allSatisfy(r -> assertThat(r.context()).containsEntry("transferId", holder));
        assertThat(OneActiveTransferPerSubscription.check(Map.of()).isAllowed()).isTrue();
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
