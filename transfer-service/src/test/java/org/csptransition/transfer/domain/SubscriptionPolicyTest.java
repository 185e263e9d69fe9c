package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.codeOf;
import static org.csptransition.transfer.domain.Fixtures.aDirectBillPartner;
import static org.csptransition.transfer.domain.Fixtures.aPartner;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;
import static org.csptransition.transfer.domain.Fixtures.anOffice365;

@DisplayName("T1 subscriptions: what may be imported and bought (with R2 and E5)")
class SubscriptionPolicyTest {

    static final SubscriptionPolicy.OwnerFacts DIRECT_BILL_CUSTOMER = new SubscriptionPolicy.OwnerFacts(
            Optional.of(aDirectBillPartner()), true, Set.of(PartnerOfRecord.DIRECT_BILL_PARTNER));

    static Outcome purchase(NewSubscription spec, Optional<Subscription> base, SubscriptionPolicy.OwnerFacts facts) {
        return SubscriptionPolicy.checkNew(spec, base, facts, true);
    }

    @Nested
    @DisplayName("T1 product types")
    class ProductTypes {

        @ParameterizedTest(name = "{0} can be bought")
        @EnumSource(ProductType.class)
        void everyTypeCanBeBought(ProductType type) {
            NewSubscription spec = type == ProductType.AZURE_PAYG ? anAzurePayg() : Fixtures.a(type);
            assertThat(purchase(spec, Optional.empty(), DIRECT_BILL_CUSTOMER).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("Azure pay-as-you-go is exactly the offer MS-AZR-0145P, with its Azure subscription id")
        void azurePaygIsItsOffer() {
            var wrongOffer = new NewSubscription("MS-AZR-0017P", "Azure", ProductType.AZURE_PAYG, 1, "monthly", null, "az-1");
            var noAzureId = new NewSubscription("MS-AZR-0145P", "Azure", ProductType.AZURE_PAYG, 1, "monthly", null, null);
            var offerAsOtherType = new NewSubscription("MS-AZR-0145P", "Azure", ProductType.AZURE_PLAN, 1, "monthly", null, "az-1");

            assertThat(codeOf(purchase(wrongOffer, Optional.empty(), DIRECT_BILL_CUSTOMER))).isEqualTo("AZURE_PAYG_OFFER_MISMATCH");
            assertThat(codeOf(purchase(noAzureId, Optional.empty(), DIRECT_BILL_CUSTOMER))).isEqualTo("AZURE_SUBSCRIPTION_ID_REQUIRED");
            assertThat(codeOf(purchase(offerAsOtherType, Optional.empty(), DIRECT_BILL_CUSTOMER))).isEqualTo("AZURE_PAYG_OFFER_MISMATCH");
        }

        @Test
        @DisplayName("only an Azure subscription has an Azure subscription id")
        void azureIdOnlyOnAzure() {
            var office = new NewSubscription("O365", "Office 365 E3", ProductType.OFFICE365_LICENSE, 1, "monthly", null, "az-1");
            assertThat(purchase(office, Optional.empty(), DIRECT_BILL_CUSTOMER).refusals()).singleElement()
                    .extracting(Refusal::code, Refusal::field, Refusal::kind)
                    .containsExactly("AZURE_SUBSCRIPTION_ID_NOT_APPLICABLE", "azureSubscriptionId", Refusal.Kind.INVALID);
        }
    }

    @Nested
    @DisplayName("T1 add-ons are linked to their base")
    class AddOns {

        @Test
        @DisplayName("an add-on of an active base of the same owner is fine")
        void addOnOfActiveBase() {
            Subscription base = anActiveSubscription();
            assertThat(purchase(anAddOnOf(base.id()), Optional.of(base), DIRECT_BILL_CUSTOMER).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("a base that is not the owner's subscription of this customer: 422 BASE_SUBSCRIPTION_NOT_FOUND")
        void unknownBase() {
            assertThat(codeOf(purchase(anAddOnOf(java.util.UUID.randomUUID()), Optional.empty(), DIRECT_BILL_CUSTOMER)))
                    .isEqualTo("BASE_SUBSCRIPTION_NOT_FOUND");
        }

        @Test
        @DisplayName("an add-on of an add-on, or of an Azure subscription: ADDON_NOT_APPLICABLE")
        void addOnOfAddOn() {
            Subscription base = anActiveSubscription();
            Subscription addOn = anAddOnOf(base);
            Subscription azure = anActiveSubscription(anAzurePayg());
            assertThat(codeOf(purchase(anAddOnOf(addOn.id()), Optional.of(addOn), DIRECT_BILL_CUSTOMER))).isEqualTo("ADDON_NOT_APPLICABLE");
            assertThat(codeOf(purchase(anAddOnOf(azure.id()), Optional.of(azure), DIRECT_BILL_CUSTOMER))).isEqualTo("ADDON_NOT_APPLICABLE");
        }

        @Test
        @DisplayName("an add-on to a suspended base: 409 BASE_SUBSCRIPTION_NOT_ACTIVE")
        void suspendedBase() {
            Subscription base = anActiveSubscription();
            base.changeStatus(SubscriptionStatus.SUSPENDED, Fixtures.NOW);
            assertThat(purchase(anAddOnOf(base.id()), Optional.of(base), DIRECT_BILL_CUSTOMER).refusals().get(0))
                    .extracting(Refusal::code, Refusal::kind).containsExactly("BASE_SUBSCRIPTION_NOT_ACTIVE", Refusal.Kind.CONFLICT);
        }
    }

    @Nested
    @DisplayName("R2 a direct-bill purchase only for the owner's direct-bill customer")
    class Customers {

        @Test
        @DisplayName("the owner's indirect-reseller customer: CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER")
        void indirectResellerCustomer() {
            var facts = new SubscriptionPolicy.OwnerFacts(Optional.of(aDirectBillPartner()), true, Set.of(PartnerOfRecord.INDIRECT_RESELLER));
            assertThat(codeOf(purchase(anOffice365(5), Optional.empty(), facts))).isEqualTo("CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER");
        }

        @Test
        @DisplayName("a customer the owner is no partner of record of: NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER, also on import")
        void notItsCustomer() {
            var facts = new SubscriptionPolicy.OwnerFacts(Optional.of(aDirectBillPartner()), true, Set.of());
            assertThat(codeOf(SubscriptionPolicy.checkNew(anOffice365(5), Optional.empty(), facts, false)))
                    .isEqualTo("NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER");
        }

        @Test
        @DisplayName("an owner or customer not learnt yet is a retryable 'not yet known', never a yes")
        void notYetKnown() {
            var noPartner = new SubscriptionPolicy.OwnerFacts(Optional.empty(), true, Set.of(PartnerOfRecord.DIRECT_BILL_PARTNER));
            var noCustomer = new SubscriptionPolicy.OwnerFacts(Optional.of(aDirectBillPartner()), false, Set.of());
            assertThat(purchase(anOffice365(5), Optional.empty(), noPartner).refusals().get(0))
                    .satisfies(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_YET_KNOWN))
                    .satisfies(r -> assertThat(r.context()).containsEntry("fact", "partner"));
            assertThat(purchase(anOffice365(5), Optional.empty(), noCustomer).refusals().get(0))
                    .satisfies(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_YET_KNOWN))
                    .satisfies(r -> assertThat(r.context()).containsEntry("fact", "customer"));
        }
    }

    @Nested
    @DisplayName("E5 new purchases need an active direct-bill program; imports do not")
    class Restricted {

        static SubscriptionPolicy.OwnerFacts withDirectBill(String status) {
            KnownPartner partner = status == null ? aPartner(Fixtures.SOURCE) : aPartner(Fixtures.SOURCE, "DIRECT_BILL", status);
            return new SubscriptionPolicy.OwnerFacts(Optional.of(partner), true, Set.of(PartnerOfRecord.DIRECT_BILL_PARTNER));
        }

        @Test
        @DisplayName("RESTRICTED refuses a new purchase (DIRECT_BILL_RESTRICTED) but not an import of an existing one")
        void restricted() {
            assertThat(codeOf(purchase(anOffice365(5), Optional.empty(), withDirectBill("RESTRICTED")))).isEqualTo("DIRECT_BILL_RESTRICTED");
            assertThat(SubscriptionPolicy.checkNew(anOffice365(5), Optional.empty(), withDirectBill("RESTRICTED"), false).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("not held: DIRECT_BILL_NOT_HELD; suspended or revoked: DIRECT_BILL_NOT_ACTIVE")
        void notHeldOrNotActive() {
            assertThat(codeOf(purchase(anOffice365(5), Optional.empty(), withDirectBill(null)))).isEqualTo("DIRECT_BILL_NOT_HELD");
            assertThat(codeOf(purchase(anOffice365(5), Optional.empty(), withDirectBill("SUSPENDED")))).isEqualTo("DIRECT_BILL_NOT_ACTIVE");
        }
    }
}
