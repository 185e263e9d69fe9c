package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.SOURCE;
import static org.csptransition.transfer.domain.Fixtures.aDirectBillPartner;
import static org.csptransition.transfer.domain.Fixtures.aPartner;
import static org.csptransition.transfer.domain.Fixtures.aProvider;
import static org.csptransition.transfer.domain.Fixtures.codeOf;

@DisplayName("R2/E5 purchases: who buys which kind for which customer")
class PurchasePolicyTest {

    static final Set<String> DIRECT_BILL = Set.of(PartnerOfRecord.DIRECT_BILL_PARTNER);
    static final Set<String> PROVIDER = Set.of(PartnerOfRecord.INDIRECT_PROVIDER);
    static final Set<String> RESELLER = Set.of(PartnerOfRecord.INDIRECT_RESELLER);

    @ParameterizedTest(name = "E5: restricted, {0} is refused DIRECT_BILL_RESTRICTED")
    @EnumSource(PurchaseKind.class)
    @DisplayName("E5: a restricted partner may make no purchase of any kind")
    void restrictedBuysNothing(PurchaseKind kind) {
        Outcome outcome = PurchasePolicy.check(kind, aPartner(SOURCE, "DIRECT_BILL", "RESTRICTED"), DIRECT_BILL);
        assertThat(codeOf(outcome)).isEqualTo("DIRECT_BILL_RESTRICTED");
        assertThat(outcome.refusals().get(0).context()).containsEntry("kind", kind.name());
    }

    @ParameterizedTest(name = "R2: {0} by the direct-bill partner and by the provider")
    @EnumSource(PurchaseKind.class)
    @DisplayName("R2: the direct-bill partner buys every kind for its direct-bill customer, the provider for an indirect-reseller customer")
    void whoBuys(PurchaseKind kind) {
        assertThat(PurchasePolicy.check(kind, aDirectBillPartner(), DIRECT_BILL).isAllowed()).isTrue();
        assertThat(PurchasePolicy.check(kind, aProvider(), PROVIDER).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R2: the reseller never buys, a provider whose program is not active does not, a partner in no buying role does not")
    void whoDoesNot() {
        KnownPartner reseller = aPartner(SOURCE, "INDIRECT_RESELLER", "ACTIVE");
        assertThat(codeOf(PurchasePolicy.check(PurchaseKind.NEW_SUBSCRIPTION, reseller, RESELLER)))
                .isEqualTo("CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER");
        assertThat(codeOf(PurchasePolicy.check(PurchaseKind.ADD_ON, aPartner(UUID.randomUUID(), "INDIRECT_PROVIDER", "SUSPENDED"), PROVIDER)))
                .isEqualTo("PROVIDER_PROGRAM_NOT_ACTIVE");
        assertThat(codeOf(PurchasePolicy.check(PurchaseKind.ONE_TIME_PURCHASE, aDirectBillPartner(), Set.of())))
                .isEqualTo("NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER");
        assertThat(codeOf(PurchasePolicy.check(PurchaseKind.NEW_SUBSCRIPTION, aPartner(SOURCE, "DIRECT_BILL", "SUSPENDED"), DIRECT_BILL)))
                .isEqualTo("DIRECT_BILL_NOT_ACTIVE");
    }

    @Test
    @DisplayName("E5: the restriction bars the direct-bill capability only: a restricted partner that is the customer's provider still orders")
    void restrictedProviderStillOrders() {
        KnownPartner both = aPartner(SOURCE, "DIRECT_BILL", "RESTRICTED", "INDIRECT_PROVIDER", "ACTIVE");
        assertThat(PurchasePolicy.check(PurchaseKind.NEW_SUBSCRIPTION, both, PROVIDER).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R2: the kind follows from the request: a base names an add-on, billing cycle one_time a one-time purchase")
    void kinds() {
        assertThat(PurchaseKind.of(new NewSubscription("O", "O", ProductType.OFFICE365_LICENSE, 1, "monthly", null, null)))
                .isEqualTo(PurchaseKind.NEW_SUBSCRIPTION);
        assertThat(PurchaseKind.of(new NewSubscription("O", "O", ProductType.OFFICE365_LICENSE, 1, "monthly", UUID.randomUUID(), null)))
                .isEqualTo(PurchaseKind.ADD_ON);
        assertThat(PurchaseKind.of(new NewSubscription("S", "S", ProductType.SOFTWARE, 1, "ONE_TIME", null, null)))
                .isEqualTo(PurchaseKind.ONE_TIME_PURCHASE);
    }

    @Test
    @DisplayName("R2: the reseller manages its provider's subscriptions (seats, renewal), never their status")
    void resellerManages() {
        assertThat(ResellerManagementPolicy.manages(RESELLER, PROVIDER)).isTrue();
        assertThat(ResellerManagementPolicy.manages(DIRECT_BILL, PROVIDER)).isFalse();
        assertThat(ResellerManagementPolicy.manages(RESELLER, DIRECT_BILL)).isFalse();
        assertThat(codeOf(ResellerManagementPolicy.checkChange(true))).isEqualTo("RESELLER_MANAGES_LICENSES_AND_RENEWALS");
        assertThat(ResellerManagementPolicy.checkChange(false).isAllowed()).isTrue();
    }
}
