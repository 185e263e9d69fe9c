package org.csptransition.notification.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

/**
 * N2 What could not be sent can be sent again: the operator may retry an e-mail whose attempts ran out ({@code FAILED});
 * any other is refused with {@code NOTIFICATION_NOT_FAILED} (pending ones are still being tried, sent ones must not go
 * twice, cancelled ones became pointless).
 */
public final class RetryPolicy {

    public static final String NOT_FAILED = "NOTIFICATION_NOT_FAILED";

    private RetryPolicy() {
    }

    public static Outcome check(Notification notification) {
        return Outcome.refusedIf(notification.status() != NotificationStatus.FAILED,
                Refusal.conflict(NOT_FAILED, "Notification " + notification.id() + " is " + notification.status()
                                + "; only a FAILED one can be retried")
                        .with("id", notification.id().toString())
                        .with("status", notification.status().name()));
    }
}
