package org.csptransition.transfer.domain;

/** How a subscription came to be here: imported by the operator, bought by its owner, or created by a transfer (T6). */
public enum SubscriptionOrigin {
    IMPORT, PURCHASE, TRANSFER
}
