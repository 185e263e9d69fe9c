package org.csptransition.transfer.api;

import org.csptransition.transfer.application.TransferVerifications;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** T8/T9 the report of a verification the suite checked and recorded: the step, each check, who and when, the transfer after. */
public record VerificationResponse(
        UUID transferId,
        @Schema(description = "PROVIDER (step 3) or PARTNER (step 4)") String step,
        boolean holds,
        List<Check> checks,
        Instant verifiedAt,
        String verifiedBy,
        TransferResponse transfer) {

    public record Check(UUID subscriptionId, UUID newSubscriptionId,
                        @Schema(description = "NEW_SUBSCRIPTION_LISTED_UNDER_PROVIDER, ORIGINAL_SUSPENDED, ORIGINAL_NO_LONGER_LISTED, REQUEST_PROCESSED")
                        String check, boolean holds, String detail) {
    }

    static VerificationResponse of(TransferVerifications.Verified verified) {
        var report = verified.report();
        return new VerificationResponse(verified.transfer().transfer().id(), report.step(), report.holds(),
                report.checks().stream().map(c -> new Check(c.subscriptionId(), c.newSubscriptionId(), c.check(), c.holds(), c.detail()))
                        .toList(),
                verified.verifiedAt(), verified.verifiedBy(), TransferResponse.of(verified.transfer()));
    }
}
