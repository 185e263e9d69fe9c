package org.csptransition.relationship.domain;

/**
 * A business refusal: a stable reason code, a readable message and, for input, the field it is about.
 * {@link Kind#INVALID} refuses what was asked (422); {@link Kind#CONFLICT} refuses it in the current state (409).
 */
public record Refusal(String code, String message, String field, Kind kind) {

    public enum Kind { INVALID, CONFLICT }

    public static Refusal invalid(String code, String field, String message) {
        return new Refusal(code, message, field, Kind.INVALID);
    }

    public static Refusal refused(String code, String message) {
        return new Refusal(code, message, null, Kind.INVALID);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(code, message, null, Kind.CONFLICT);
    }
}
