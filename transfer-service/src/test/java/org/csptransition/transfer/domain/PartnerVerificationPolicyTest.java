package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.codeOf;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;

@DisplayName("T9 the partner verifies the request is complete and its originals are no longer active")
class PartnerVerificationPolicyTest {

    Fixtures.ProcessedTransfer processed = Fixtures.aProcessedTransfer();
    Transfer transfer = processed.transfer();

    @Test
    @DisplayName("after step 3, license original SUSPENDED and Azure original delisted: holds, and the request is CLOSED")
    void holds() {
        transfer.verifyByProvider(ProviderVerificationPolicy.check(transfer, processed.successors()), "lars", NOW);
        VerificationReport report = PartnerVerificationPolicy.check(transfer, processed.originals());

        assertThat(report.checks()).extracting(VerificationReport.Check::check).containsExactly("ORIGINAL_SUSPENDED", "ORIGINAL_NO_LONGER_LISTED");
        transfer.verifyByPartner(report, "anna", NOW);
        assertThat(transfer.stage()).isEqualTo(TransferStage.CLOSED);
        assertThat(transfer.partnerVerifiedBy()).contains("anna");
    }

    @Test
    @DisplayName("step 4 before step 3: VERIFICATION_OUT_OF_ORDER")
    void beforeProvider() {
        VerificationReport report = PartnerVerificationPolicy.check(transfer, processed.originals());
        assertThat(codeOf(transfer.mayVerifyByPartner(report))).isEqualTo("VERIFICATION_OUT_OF_ORDER");
    }

    @Test
    @DisplayName("an original still active: the check does not hold")
    void originalStillActive() {
        Subscription stillActive = anActiveSubscription();
        VerificationReport report = PartnerVerificationPolicy.check(transfer,
                Map.of(processed.license().id(), stillActive, processed.azure().id(), processed.azure()));
        assertThat(report.holds()).isFalse();
        assertThat(report.checks().get(0).detail()).contains("ACTIVE");
    }
}
