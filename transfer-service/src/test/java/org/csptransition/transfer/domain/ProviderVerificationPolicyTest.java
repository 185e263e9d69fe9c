package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.codeOf;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;

@DisplayName("T8 the provider verifies the new subscriptions are listed under it")
class ProviderVerificationPolicyTest {

    Fixtures.ProcessedTransfer processed = Fixtures.aProcessedTransfer();

    @Test
    @DisplayName("every new subscription the provider's and active: holds, recorded, stage AWAITING_PARTNER_VERIFICATION")
    void holds() {
        Transfer transfer = processed.transfer();
        VerificationReport report = ProviderVerificationPolicy.check(transfer, processed.successors());

        assertThat(report.holds()).isTrue();
        assertThat(report.checks()).extracting(VerificationReport.Check::check).containsOnly("NEW_SUBSCRIPTION_LISTED_UNDER_PROVIDER");
        transfer.verifyByProvider(report, "lars", NOW);
        assertThat(transfer.stage()).isEqualTo(TransferStage.AWAITING_PARTNER_VERIFICATION);
        assertThat(transfer.providerVerifiedBy()).contains("lars");
    }

    @Test
    @DisplayName("a new subscription suspended or missing: VERIFICATION_FAILED naming it")
    void doesNotHold() {
        Transfer transfer = processed.transfer();
        Subscription newLicense = processed.newLicense();
        newLicense.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        VerificationReport report = ProviderVerificationPolicy.check(transfer, Map.of(newLicense.id(), newLicense));

        assertThat(report.holds()).isFalse();
        assertThat(codeOf(transfer.mayVerifyByProvider(report))).isEqualTo("VERIFICATION_FAILED");
        assertThat(report.checks()).extracting(VerificationReport.Check::detail)
                .anySatisfy(d -> assertThat(d).contains("SUSPENDED")).anySatisfy(d -> assertThat(d).contains("does not exist"));
    }

    @Test
    @DisplayName("before the request was processed: VERIFICATION_OUT_OF_ORDER")
    void outOfOrder() {
        Transfer transfer = aTransfer(anActiveSubscription());
        assertThat(codeOf(transfer.mayVerifyByProvider(new VerificationReport("PROVIDER", java.util.List.of()))))
                .isEqualTo("VERIFICATION_OUT_OF_ORDER");
    }
}
