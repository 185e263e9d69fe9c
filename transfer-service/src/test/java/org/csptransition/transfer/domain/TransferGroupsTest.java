package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;

@DisplayName("T3 add-ons join their base: transfer groups")
class TransferGroupsTest {

    @Test
    @DisplayName("a requested base brings its active add-ons, requested or not; each base is its own group")
    void addOnsJoin() {
        Subscription base = anActiveSubscription();
        Subscription addOn = anAddOnOf(base);
        Subscription suspendedAddOn = anAddOnOf(base);
        suspendedAddOn.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        Subscription azure = anActiveSubscription(anAzurePayg());

        List<TransferGroups.Group> groups = TransferGroups.of(List.of(base, azure), List.of(base, addOn, suspendedAddOn, azure));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).id()).isEqualTo(base.id());
        assertThat(groups.get(0).members()).containsExactly(base, addOn);
        assertThat(groups.get(1).members()).containsExactly(azure);
    }

    @Test
    @DisplayName("an add-on requested beside its base is in its base's group once")
    void requestedAddOn() {
        Subscription base = anActiveSubscription();
        Subscription addOn = anAddOnOf(base);

        List<TransferGroups.Group> groups = TransferGroups.of(List.of(addOn, base), List.of(base, addOn));

        assertThat(groups).singleElement().satisfies(g -> assertThat(g.members()).containsExactly(base, addOn));
    }
}
