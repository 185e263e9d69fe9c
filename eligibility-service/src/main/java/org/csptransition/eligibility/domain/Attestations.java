package org.csptransition.eligibility.domain;

import java.time.Instant;

/**
 * What a partner's GlobalAdmin attests for its organisation (E1), on which E2 ENDORSEMENT, SUPPORT, ACCOUNTS_RECEIVABLE
 * and MANAGED_SERVICE rely. {@code attestedBy}/{@code attestedAt} name the last attestation; null when none was made.
 */
public record Attestations(boolean endorsementAuthority, boolean firstLevelSupport, boolean accountsReceivable,
                           int managedServices, String attestedBy, Instant attestedAt) {

    public static Attestations none() {
        return new Attestations(false, false, false, 0, null, null);
    }
}
