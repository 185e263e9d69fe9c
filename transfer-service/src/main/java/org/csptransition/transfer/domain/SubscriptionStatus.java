package org.csptransition.transfer.domain;

/** T1 The status of a subscription. */
public enum SubscriptionStatus {
    ACTIVE, SUSPENDED, DELETED
}
