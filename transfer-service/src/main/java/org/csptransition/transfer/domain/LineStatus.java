package org.csptransition.transfer.domain;

/** The status of one line of a transfer request, spelt on the wire as in Partner Center. */
public enum LineStatus {
    PENDING("Pending"), COMPLETE("Complete"), FAILED("Failed");

    private final String wireName;

    LineStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
