package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.UUID;

/**
 * Who may read or act on a customer's subscriptions and transfers here: a party to the customer, by what this service
 * knows (a partner of record, the owner of one of its subscriptions, the source or target of one of its transfers).
 * Anyone else is a stranger and gets 404, exactly like for a customer that does not exist, whether or not the stranger's
 * own partner profile has reached this service: otherwise a stranger could probe which customers exist, or be told to
 * retry forever. "Not yet known" (503) is for a party only, whose other facts are still on their way.
 */
public final class CustomerParty {

    private CustomerParty() {
    }

    /** What ties the caller to the customer in this service's data. */
    public record Ties(boolean partnerOfRecord, boolean ownsSubscriptions, boolean partyToTransfer) {

        public boolean any() {
            return partnerOfRecord || ownsSubscriptions || partyToTransfer;
        }
    }

    public static Outcome check(UUID customerTenantId, Ties ties) {
        return ties.any() ? Outcome.allowed() : Refusal.notFound("Customer", customerTenantId).outcome();
    }
}
