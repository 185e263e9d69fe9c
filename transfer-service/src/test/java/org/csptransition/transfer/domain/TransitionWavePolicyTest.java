package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.CUSTOMER;
import static org.csptransition.transfer.domain.Fixtures.a;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;

@DisplayName("T13 what a transition wave requests for one customer")
class TransitionWavePolicyTest {

    @Test
    @DisplayName("every active base of a type that moves (Office 365, Azure PAYG); add-ons are left to join their base (T3)")
    void basesThatMove() {
        Subscription office = anActiveSubscription();
        Subscription azure = anActiveSubscription(anAzurePayg());
        Subscription addOn = anAddOnOf(office);
        Subscription software = anActiveSubscription(a(ProductType.SOFTWARE));
        Subscription suspended = anActiveSubscription();
        suspended.changeStatus(SubscriptionStatus.SUSPENDED, Fixtures.NOW);

        List<java.util.UUID> requested = TransitionWavePolicy.requested(List.of(office, azure, addOn, software, suspended));

        assertThat(requested).containsExactly(office.id(), azure.id());
        assertThat(TransitionWavePolicy.check(CUSTOMER, requested).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("nothing that moves: NOTHING_TO_TRANSFER, naming the customer")
    void nothing() {
        var outcome = TransitionWavePolicy.check(CUSTOMER, TransitionWavePolicy.requested(List.of(anActiveSubscription(a(ProductType.SOFTWARE)))));
        assertThat(outcome.refusedWith("NOTHING_TO_TRANSFER")).isTrue();
        assertThat(outcome.refusals().get(0).context()).containsEntry("customerTenantId", CUSTOMER);
    }
}
