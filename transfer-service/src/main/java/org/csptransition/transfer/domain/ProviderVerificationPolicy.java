package org.csptransition.transfer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T8 Step 3: the provider confirms that the new subscriptions are listed under it. The suite checks each moved line's new
 * subscription exists, belongs to the provider and the same customer, and is active ({@code NEW_SUBSCRIPTION_LISTED_UNDER_PROVIDER}).
 */
public final class ProviderVerificationPolicy {

    public static final String CHECK = "NEW_SUBSCRIPTION_LISTED_UNDER_PROVIDER";

    private ProviderVerificationPolicy() {
    }

    /** @param successors the new subscriptions by id, as they are now */
    public static VerificationReport check(Transfer transfer, Map<UUID, Subscription> successors) {
        List<VerificationReport.Check> checks = new ArrayList<>();
        for (TransferLine line : transfer.lines()) {
            if (line.status() != LineStatus.COMPLETE) {
                continue;
            }
            UUID newId = line.newSubscriptionId().orElseThrow();
            Subscription next = successors.get(newId);
            String problem = next == null ? "does not exist"
                    : !next.isOwnedBy(transfer.targetPartnerTenantId()) ? "is not the provider's"
                    : !next.customerTenantId().equals(transfer.customerTenantId()) ? "belongs to another customer"
                    : !next.isActive() ? "is " + next.status() : null;
            checks.add(new VerificationReport.Check(line.subscriptionId(), newId, CHECK, problem == null,
                    problem == null ? "New subscription " + newId + " is listed under the provider, " + next.status()
                            : "New subscription " + newId + " " + problem));
        }
        return new VerificationReport(VerificationReport.PROVIDER, checks);
    }
}
