package org.csptransition.notification.domain.webhook;

/** N4 an ACTIVE endpoint receives its events; a DISABLED one (by its owner, or after failing three days) receives none. */
public enum WebhookEndpointStatus {
    ACTIVE, DISABLED
}
