package org.csptransition.notification.domain;

/** N1 the facts of the four-step transfer (T3–T9) the mail rules know; {@link TransferMailRules} says who hears of which. */
public enum TransferFact {
    CREATED, ACCEPTED, REJECTED, WITHDRAWN, EXPIRED, COMPLETED, PARTIALLY_COMPLETED, FAILED, PROVIDER_VERIFIED, PARTNER_VERIFIED
}
