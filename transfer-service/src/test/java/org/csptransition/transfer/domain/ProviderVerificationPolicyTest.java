package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.TARGET;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;

@DisplayName("T8 the provider verifies the new subscriptions are listed under it")
class ProviderVerificationPolicyTest {

    Subscription license = anActiveSubscription();
    Subscription azure = anActiveSubscription(anAzurePayg());
    Transfer transfer = aTransfer(license, azure);
    Subscription newLicense;
    Subscription newAzure;

    /** Accepts and moves both groups, as step 2 does. */
    void processed() {
        transfer.accept(TARGET, "lars", NOW);
        newLicense = license.successor(UUID.randomUUID(), TARGET, 25, null, transfer.id(), "lars", NOW);
        newAzure = azure.successor(UUID.randomUUID(), TARGET, 1, null, transfer.id(), "lars", NOW);
        license.transferredTo(newLicense.id(), transfer.id(), NOW);
        azure.transferredTo(newAzure.id(), transfer.id(), NOW);
        transfer.completeGroup(license.id(), Map.of(license.id(), newLicense.id()), NOW);
        transfer.completeGroup(azure.id(), Map.of(azure.id(), newAzure.id()), NOW);
        transfer.finishProcessing(NOW);
    }

    Map<UUID, Subscription> successors() {
        return Map.of(newLicense.id(), newLicense, newAzure.id(), newAzure);
    }

    static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.refusals().get(0).code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("every new subscription the provider's and active: holds, recorded, stage AWAITING_PARTNER_VERIFICATION")
    void holds() {
        processed();
        VerificationReport report = ProviderVerificationPolicy.check(transfer, successors());

        assertThat(report.holds()).isTrue();
        assertThat(report.checks()).extracting(VerificationReport.Check::check).containsOnly("NEW_SUBSCRIPTION_LISTED_UNDER_PROVIDER");
        transfer.verifyByProvider(report, "lars", NOW);
        assertThat(transfer.stage()).isEqualTo(TransferStage.AWAITING_PARTNER_VERIFICATION);
        assertThat(transfer.providerVerifiedBy()).contains("lars");
    }

    @Test
    @DisplayName("a new subscription suspended or missing: VERIFICATION_FAILED naming it")
    void doesNotHold() {
        processed();
        newLicense.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        VerificationReport report = ProviderVerificationPolicy.check(transfer, Map.of(newLicense.id(), newLicense));

        assertThat(report.holds()).isFalse();
        assertThat(codeOf(() -> transfer.verifyByProvider(report, "lars", NOW))).isEqualTo("VERIFICATION_FAILED");
        assertThat(report.checks()).extracting(VerificationReport.Check::detail)
                .anySatisfy(d -> assertThat(d).contains("SUSPENDED")).anySatisfy(d -> assertThat(d).contains("does not exist"));
    }

    @Test
    @DisplayName("before the request was processed: VERIFICATION_OUT_OF_ORDER")
    void outOfOrder() {
        assertThat(codeOf(() -> transfer.verifyByProvider(new VerificationReport("PROVIDER", java.util.List.of()), "lars", NOW)))
                .isEqualTo("VERIFICATION_OUT_OF_ORDER");
    }
}
