package org.csptransition.notification.domain.webhook;

/** N4 a delivery is PENDING until its endpoint answered 2xx (DELIVERED) or it failed for three days (FAILED). */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, FAILED
}
