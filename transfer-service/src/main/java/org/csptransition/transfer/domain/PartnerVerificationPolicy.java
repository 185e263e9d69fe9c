package org.csptransition.transfer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T9 Step 4: the partner confirms the request is complete and its originals are no longer active. The suite checks every
 * line was processed ({@code REQUEST_PROCESSED}), each moved license-based original is no longer active: {@code SUSPENDED}
 * or {@code DELETED} ({@code ORIGINAL_SUSPENDED}; the partner may have reactivated it, then the check fails until it suspends
 * or deletes it again) and each moved Azure original is no longer listed as the partner's
 * ({@code ORIGINAL_NO_LONGER_LISTED}).
 */
public final class PartnerVerificationPolicy {

    private PartnerVerificationPolicy() {
    }

    /** @param originals the source's original subscriptions by id, as they are now */
    public static VerificationReport check(Transfer transfer, Map<UUID, Subscription> originals) {
        List<VerificationReport.Check> checks = new ArrayList<>();
        for (TransferLine line : transfer.lines()) {
            UUID newId = line.newSubscriptionId().orElse(null);
            if (line.status() == LineStatus.PENDING) {
                checks.add(new VerificationReport.Check(line.subscriptionId(), null, "REQUEST_PROCESSED", false,
                        "Subscription " + line.subscriptionId() + " has not been processed"));
                continue;
            }
            if (line.status() != LineStatus.COMPLETE) {
                continue;
            }
            Subscription original = originals.get(line.subscriptionId());
            boolean azure = line.productType().isAzure();
            String check = azure ? "ORIGINAL_NO_LONGER_LISTED" : "ORIGINAL_SUSPENDED";
            boolean holds = original != null && (azure ? !original.isListedUnderOwner()
                    : original.status() != SubscriptionStatus.ACTIVE);
            String state = original == null ? "is gone" : azure
                    ? (original.isListedUnderOwner() ? "is still listed as the partner's" : "is no longer listed as the partner's")
                    : "is " + original.status();
            checks.add(new VerificationReport.Check(line.subscriptionId(), newId, check, holds,
                    "Original " + (azure ? "Azure " : "") + "subscription " + line.subscriptionId() + " " + state));
        }
        return new VerificationReport(VerificationReport.PARTNER, checks);
    }
}
