package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.a;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;

@DisplayName("T2/T11 transfer eligibility of a subscription")
class TransferEligibilityPolicyTest {

    static Eligibility eligibilityOf(Subscription subscription) {
        return TransferEligibilityPolicy.of(subscription, Optional.empty(), true);
    }

    @Test
    @DisplayName("an active Office 365 license-based subscription and an active Azure PAYG one are eligible")
    void eligible() {
        assertThat(eligibilityOf(anActiveSubscription()).eligible()).isTrue();
        assertThat(eligibilityOf(anActiveSubscription(anAzurePayg())).eligible()).isTrue();
    }

    @Nested
    @DisplayName("T11 only Office 365 license-based and Azure PAYG move this way")
    class ProductTypes {

        @ParameterizedTest(name = "{0}: PRODUCT_TYPE_NOT_TRANSFERABLE, with the advice to cancel and buy anew through the provider")
        @EnumSource(value = ProductType.class, names = {"OFFICE365_LICENSE", "AZURE_PAYG"}, mode = EnumSource.Mode.EXCLUDE)
        void notTransferable(ProductType type) {
            Eligibility eligibility = eligibilityOf(anActiveSubscription(a(type)));

            assertThat(eligibility.eligible()).isFalse();
            assertThat(eligibility.reasonCode()).isEqualTo("PRODUCT_TYPE_NOT_TRANSFERABLE");
            assertThat(eligibility.reason()).contains(type.name()).contains("cancel it and buy it anew through the indirect provider");
        }
    }

    @Nested
    @DisplayName("T2 reasons, each with its own code")
    class Reasons {

        @Test
        @DisplayName("a suspended or deleted subscription: SUBSCRIPTION_NOT_ACTIVE")
        void notActive() {
            Subscription suspended = anActiveSubscription();
            suspended.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
            assertThat(eligibilityOf(suspended).reasonCode()).isEqualTo("SUBSCRIPTION_NOT_ACTIVE");
            assertThat(eligibilityOf(suspended).reason()).contains("SUSPENDED");
        }

        @Test
        @DisplayName("a subscription in another active transfer: TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER, naming it")
        void inActiveTransfer() {
            UUID holder = UUID.randomUUID();
            Eligibility eligibility = TransferEligibilityPolicy.of(anActiveSubscription(), Optional.of(holder), true);

            assertThat(eligibility.reasonCode()).isEqualTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER");
            assertThat(eligibility.transferId()).isEqualTo(holder);
            assertThat(eligibility.reason()).contains(holder.toString());
        }

        @Test
        @DisplayName("an add-on: ADDON_TRAVELS_WITH_BASE, naming the base")
        void addOn() {
            Subscription base = anActiveSubscription();
            Eligibility eligibility = eligibilityOf(anAddOnOf(base));

            assertThat(eligibility.reasonCode()).isEqualTo("ADDON_TRAVELS_WITH_BASE");
            assertThat(eligibility.reason()).contains(base.id().toString());
        }

        @Test
        @DisplayName("a partner that has not completed the indirect-reseller enrollment (E6): INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED")
        void enrollment() {
            Eligibility eligibility = TransferEligibilityPolicy.of(anActiveSubscription(), Optional.empty(), false);
            assertThat(eligibility.reasonCode()).isEqualTo("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED");
        }

        @Test
        @DisplayName("the product type comes first: a suspended SOFTWARE subscription is not transferable at all")
        void order() {
            Subscription software = anActiveSubscription(a(ProductType.SOFTWARE));
            software.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
            assertThat(eligibilityOf(software).reasonCode()).isEqualTo("PRODUCT_TYPE_NOT_TRANSFERABLE");
        }
    }
}
