package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.SOURCE;
import static org.csptransition.transfer.domain.Fixtures.TARGET;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;

@DisplayName("T6 a transfer group fails alone when its source changed")
class GroupTransferPolicyTest {

    @Test
    @DisplayName("unchanged (a seat change does not count, T10): no failure; suspended, another owner's or gone: SOURCE_SUBSCRIPTION_CHANGED")
    void changes() {
        Subscription base = anActiveSubscription();
        Subscription addOn = anAddOnOf(base);
        Transfer transfer = aTransfer(base, addOn);
        transfer.accept(TARGET, "lars", NOW);
        var group = transfer.pendingGroups().get(base.id());
        base.changeQuantity(99, NOW);

        assertThat(GroupTransferPolicy.check(group, Map.of(base.id(), base, addOn.id(), addOn), SOURCE)).isEmpty();
        assertThat(GroupTransferPolicy.check(group, Map.of(base.id(), base), SOURCE)).get()
                .satisfies(f -> assertThat(f.description()).contains("no longer exists"));
        assertThat(GroupTransferPolicy.check(group, Map.of(base.id(), base, addOn.id(), addOn), UUID.randomUUID())).get()
                .satisfies(f -> assertThat(f.description()).contains("no longer belongs"));
        addOn.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        assertThat(GroupTransferPolicy.check(group, Map.of(base.id(), base, addOn.id(), addOn), SOURCE)).get()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("SOURCE_SUBSCRIPTION_CHANGED");
                    assertThat(f.subscriptionId()).isEqualTo(addOn.id());
                });
    }
}
