package org.csptransition.transfer.domain;

/** Where a transfer request is in the four steps: who has to act next, or that it is over. */
public enum TransferStage {
    /** Step 2: the provider accepts or rejects (T6). */
    AWAITING_PROVIDER_DECISION,
    /** Step 2: the accepted request's transfer groups are being moved (T6). */
    PROCESSING,
    /** Step 3: the provider verifies the new subscriptions are listed under it (T8). */
    AWAITING_PROVIDER_VERIFICATION,
    /** Step 4: the partner verifies its originals are no longer active (T9). */
    AWAITING_PARTNER_VERIFICATION,
    /** Step 4 done: the request is closed. */
    CLOSED,
    /** Withdrawn, rejected, expired or failed: nothing moved or will. */
    ENDED
}
