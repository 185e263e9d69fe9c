package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
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

    /** The one reason of a refused outcome. */
    static Refusal reasonOf(Outcome outcome) {
        assertThat(outcome.refusals()).hasSize(1);
        return outcome.refusals().get(0);
    }

    @Test
    @DisplayName("unchanged (a seat change does not count, T10): no failure; suspended, another owner's or gone: SOURCE_SUBSCRIPTION_CHANGED")
    void changes() {
        Subscription base = anActiveSubscription();
        Subscription addOn = anAddOnOf(base);
        Transfer transfer = aTransfer(base, addOn);
        transfer.accept(TARGET, "lars", NOW);
        var group = transfer.pendingGroups().get(base.id());
        base.changeQuantity(99, NOW);

        assertThat(GroupTransferPolicy.check(group, Map.of(base.id(), base, addOn.id(), addOn), SOURCE).isAllowed()).isTrue();
        assertThat(reasonOf(GroupTransferPolicy.check(group, Map.of(base.id(), base), SOURCE)))
                .satisfies(f -> assertThat(f.message()).contains("no longer exists"));
        assertThat(reasonOf(GroupTransferPolicy.check(group, Map.of(base.id(), base, addOn.id(), addOn), UUID.randomUUID())))
                .satisfies(f -> assertThat(f.message()).contains("no longer belongs"));
        addOn.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        assertThat(reasonOf(GroupTransferPolicy.check(group, Map.of(base.id(), base, addOn.id(), addOn), SOURCE)))
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("SOURCE_SUBSCRIPTION_CHANGED");
                    assertThat(GroupTransferPolicy.changedSubscription(f)).isEqualTo(addOn.id());
                });
    }
}
