package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;

@DisplayName("T1 a subscription's seats and status, and what a transfer (T6) leaves of it")
class SubscriptionTest {

    @Nested
    @DisplayName("T1 seat changes and suspension by the owner")
    class OwnerChanges {

        @Test
        @DisplayName("seats change while active; not while suspended (SUBSCRIPTION_NOT_ACTIVE)")
        void seats() {
            Subscription subscription = anActiveSubscription();
            subscription.changeQuantity(30, NOW);
            assertThat(subscription.quantity()).isEqualTo(30);

            subscription.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
            assertThatThrownBy(() -> subscription.changeQuantity(31, NOW)).isInstanceOfSatisfying(RefusedException.class,
                    e -> assertThat(e.refusals().get(0).code()).isEqualTo("SUBSCRIPTION_NOT_ACTIVE"));
        }

        @Test
        @DisplayName("suspend and reactivate; deletion is final (SUBSCRIPTION_DELETED)")
        void status() {
            Subscription subscription = anActiveSubscription();
            subscription.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
            subscription.changeStatus(SubscriptionStatus.ACTIVE, NOW);
            subscription.changeStatus(SubscriptionStatus.DELETED, NOW);
            assertThatThrownBy(() -> subscription.changeStatus(SubscriptionStatus.ACTIVE, NOW)).isInstanceOfSatisfying(RefusedException.class,
                    e -> assertThat(e.refusals().get(0).code()).isEqualTo("SUBSCRIPTION_DELETED"));
        }
    }

    @Nested
    @DisplayName("T6 the original and its successor")
    class Transferred {

        @Test
        @DisplayName("the successor has a new id, the provider as owner and the snapshot quantity; Azure keeps its Azure id")
        void successor() {
            Subscription azure = anActiveSubscription(anAzurePayg());
            UUID provider = UUID.randomUUID();
            UUID transfer = UUID.randomUUID();
            Subscription next = azure.successor(UUID.randomUUID(), provider, 1, null, transfer, "lars", NOW);

            assertThat(next.id()).isNotEqualTo(azure.id());
            assertThat(next.ownerPartnerTenantId()).isEqualTo(provider);
            assertThat(next.azureSubscriptionId()).isEqualTo(azure.azureSubscriptionId());
            assertThat(next.transferredFromSubscriptionId()).contains(azure.id());
            assertThat(next.origin()).isEqualTo(SubscriptionOrigin.TRANSFER);
        }

        @Test
        @DisplayName("a license-based original is SUSPENDED and stays listed; an Azure original is no longer listed as the source's")
        void originals() {
            Subscription license = anActiveSubscription();
            Subscription azure = anActiveSubscription(anAzurePayg());
            license.transferredTo(UUID.randomUUID(), UUID.randomUUID(), NOW);
            azure.transferredTo(UUID.randomUUID(), UUID.randomUUID(), NOW);

            assertThat(license.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
            assertThat(license.isListedUnderOwner()).isTrue();
            assertThat(azure.isListedUnderOwner()).isFalse();
            assertThat(azure.isActive()).isFalse();
            assertThatThrownBy(() -> license.changeStatus(SubscriptionStatus.ACTIVE, NOW)).isInstanceOfSatisfying(RefusedException.class,
                    e -> assertThat(e.refusals().get(0).code()).isEqualTo("SUBSCRIPTION_TRANSFERRED"));
        }
    }
}
