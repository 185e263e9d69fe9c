package org.csptransition.transfer.domain;

import java.time.Instant;

/**
 * T7 An {@code Active} request expires at its expiration time: from that instant on (inclusive) it can no longer be
 * accepted, rejected or withdrawn ({@code TRANSFER_EXPIRED}), and the expiry job makes it {@code Expired}, freeing its
 * subscriptions.
 */
public final class ExpiryPolicy {

    private ExpiryPolicy() {
    }

    public static boolean isExpired(Instant expirationTime, Instant now) {
        return !now.isBefore(expirationTime);
    }
}
