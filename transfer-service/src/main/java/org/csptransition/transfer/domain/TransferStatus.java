package org.csptransition.transfer.domain;

import java.util.Arrays;
import java.util.Optional;

/** The status of a transfer request, spelt on the wire as in Partner Center ({@link #wireName()}). */
public enum TransferStatus {
    ACTIVE("Active"),
    IN_PROGRESS("InProgress"),
    COMPLETE("Complete"),
    PARTIALLY_COMPLETE("PartiallyComplete"),
    FAILED("Failed"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    EXPIRED("Expired");

    private final String wireName;

    TransferStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the request still holds its subscriptions (T4). */
    public boolean holdsSubscriptions() {
        return this == ACTIVE || this == IN_PROGRESS;
    }

    /** The status of a wire spelling, whatever its case ({@code active}, {@code Active}, {@code ACTIVE}). */
    public static Optional<TransferStatus> fromWire(String value) {
        return Arrays.stream(values())
                .filter(s -> s.wireName.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
