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

@DisplayName("T9 the partner verifies the request is complete and its originals are no longer active")
class PartnerVerificationPolicyTest {

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
    @DisplayName("after step 3, license original SUSPENDED and Azure original delisted: holds, and the request is CLOSED")
    void holds() {
        processed();
        transfer.verifyByProvider(ProviderVerificationPolicy.check(transfer, successors()), "lars", NOW);
        VerificationReport report = PartnerVerificationPolicy.check(transfer, Map.of(license.id(), license, azure.id(), azure));

        assertThat(report.checks()).extracting(VerificationReport.Check::check).containsExactly("ORIGINAL_SUSPENDED", "ORIGINAL_NO_LONGER_LISTED");
        transfer.verifyByPartner(report, "anna", NOW);
        assertThat(transfer.stage()).isEqualTo(TransferStage.CLOSED);
        assertThat(transfer.partnerVerifiedBy()).contains("anna");
    }

    @Test
    @DisplayName("step 4 before step 3: VERIFICATION_OUT_OF_ORDER")
    void beforeProvider() {
        processed();
        VerificationReport report = PartnerVerificationPolicy.check(transfer, Map.of(license.id(), license, azure.id(), azure));
        assertThat(codeOf(() -> transfer.verifyByPartner(report, "anna", NOW))).isEqualTo("VERIFICATION_OUT_OF_ORDER");
    }

    @Test
    @DisplayName("an original still active: the check does not hold")
    void originalStillActive() {
        processed();
        Subscription stillActive = anActiveSubscription();
        VerificationReport report = PartnerVerificationPolicy.check(transfer, Map.of(license.id(), stillActive, azure.id(), azure));
        assertThat(report.holds()).isFalse();
        assertThat(report.checks().get(0).detail()).contains("ACTIVE");
    }
}
