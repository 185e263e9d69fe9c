package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.Instant;

/**
 * T7 An {@code Active} request expires at its expiration time: from that instant on (inclusive) it can no longer be
 * accepted, rejected or withdrawn ({@code TRANSFER_EXPIRED}), and the expiry job makes it {@code Expired}, freeing its
 * subscriptions.
 */
public final class ExpiryPolicy {

    public static final String EXPIRED = "TRANSFER_EXPIRED";

    private ExpiryPolicy() {
    }

    public static boolean isExpired(Instant expirationTime, Instant now) {
        return !now.isBefore(expirationTime);
    }

    /** Allowed before the expiration time; from it on refused with {@code TRANSFER_EXPIRED}. */
    public static Outcome notExpired(Instant expirationTime, Instant now) {
        return Outcome.refusedIf(isExpired(expirationTime, now), Refusal.conflict(EXPIRED,
                        "The request expired at " + expirationTime + " and can no longer be withdrawn, rejected or accepted")
                .with("expirationTime", expirationTime.toString()));
    }
}
