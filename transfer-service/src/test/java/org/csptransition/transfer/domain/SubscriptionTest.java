package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;
import static org.csptransition.transfer.domain.Fixtures.codeOf;

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
            assertThat(codeOf(subscription.mayChangeQuantity(31))).isEqualTo("SUBSCRIPTION_NOT_ACTIVE");
            assertThatThrownBy(() -> subscription.changeQuantity(31, NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(subscription.quantity()).isEqualTo(30);
        }

        @Test
        @DisplayName("suspend and reactivate; deletion is final (SUBSCRIPTION_DELETED)")
        void status() {
            Subscription subscription = anActiveSubscription();
            subscription.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
            subscription.changeStatus(SubscriptionStatus.ACTIVE, NOW);
            subscription.changeStatus(SubscriptionStatus.DELETED, NOW);
            assertThat(codeOf(subscription.mayChangeStatus(SubscriptionStatus.ACTIVE))).isEqualTo("SUBSCRIPTION_DELETED");
            assertThat(subscription.mayChangeStatus(SubscriptionStatus.DELETED).isAllowed()).isTrue();
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
        @DisplayName("T9: a license-based original is SUSPENDED and stays listed (its owner may reactivate it, never change its seats); an Azure original is no longer listed as the source's and cannot change")
        void originals() {
            Subscription license = anActiveSubscription();
            Subscription azure = anActiveSubscription(anAzurePayg());
            UUID transfer = UUID.randomUUID();
            license.transferredTo(successorOf(license, transfer), transfer, NOW);
            azure.transferredTo(successorOf(azure, transfer), transfer, NOW);

            assertThat(license.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
            assertThat(license.isListedUnderOwner()).isTrue();
            assertThat(azure.isListedUnderOwner()).isFalse();
            assertThat(azure.isActive()).isFalse();
            assertThat(license.mayChangeStatus(SubscriptionStatus.ACTIVE).isRefused()).isFalse();
            assertThat(codeOf(azure.mayChangeStatus(SubscriptionStatus.ACTIVE))).isEqualTo("SUBSCRIPTION_TRANSFERRED");
            license.changeStatus(SubscriptionStatus.ACTIVE, NOW);
            assertThat(codeOf(license.mayChangeQuantity(30))).isEqualTo("SUBSCRIPTION_TRANSFERRED");
        }

        @Test
        @DisplayName("the move returns its events: transferred with the successor's offer and quantity; a license-based original also suspended")
        void events() {
            Subscription license = anActiveSubscription();
            Subscription azure = anActiveSubscription(anAzurePayg());
            UUID transfer = UUID.randomUUID();
            Subscription newLicense = successorOf(license, transfer);
            Subscription newAzure = successorOf(azure, transfer);

            List<SubscriptionEvent> licenseEvents = license.transferredTo(newLicense, transfer, NOW.plusSeconds(1));
            List<SubscriptionEvent> azureEvents = azure.transferredTo(newAzure, transfer, NOW.plusSeconds(1));

            assertThat(licenseEvents).containsExactly(
                    new SubscriptionEvent.Transferred(license.id(), newLicense.id(), license.offerId(), license.offerName(),
                            ProductType.OFFICE365_LICENSE, 20, "monthly", null, NOW),
                    new SubscriptionEvent.Suspended(license.id(), newLicense.id(), license.offerName(), 20, NOW.plusSeconds(1)));
            assertThat(azureEvents).singleElement().isInstanceOfSatisfying(SubscriptionEvent.Transferred.class, moved -> {
                assertThat(moved.successorId()).isEqualTo(newAzure.id());
                assertThat(moved.azureSubscriptionId()).isEqualTo(azure.azureSubscriptionId().orElseThrow());
            });
        }

        /** The provider's successor with 20 seats (the request's snapshot), made at NOW. */
        static Subscription successorOf(Subscription original, UUID transfer) {
            return original.successor(UUID.randomUUID(), UUID.randomUUID(), 20, null, transfer, "lars", NOW);
        }
    }
}
