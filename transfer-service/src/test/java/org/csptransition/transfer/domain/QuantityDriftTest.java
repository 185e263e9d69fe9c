package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;

@DisplayName("T10 quantity drift")
class QuantityDriftTest {

    @Test
    @DisplayName("a seat change inside an active request: the drift names the request, its quantity and the current one")
    void drift() {
        Subscription subscription = anActiveSubscription();
        Transfer transfer = aTransfer(subscription);
        subscription.changeQuantity(40, NOW);

        QuantityDrift drift = QuantityDrift.of(transfer.id(), transfer.lines().get(0), subscription.quantity()).orElseThrow();
        assertThat(drift.snapshotQuantity()).isEqualTo(25);
        assertThat(drift.currentQuantity()).isEqualTo(40);
        assertThat(drift.message()).contains(transfer.id().toString()).contains("withdraw and recreate");
        assertThat(QuantityDrift.of(transfer.id(), transfer.lines().get(0), 25)).isEmpty();
    }
}
