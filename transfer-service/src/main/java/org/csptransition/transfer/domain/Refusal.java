package org.csptransition.transfer.domain;

import java.util.Map;

/**
 * A business refusal: a stable reason code, a readable message, the request field it is about (if any) and facts a client
 * can act on ({@code transferId} of the transfer that holds a subscription, say). {@link Kind#INVALID} refuses what was
 * asked (422); {@link Kind#CONFLICT} refuses it in the current state (409); {@link Kind#FORBIDDEN} refuses a party of the
 * object an act that belongs to the other party (403).
 */
public record Refusal(String code, String message, String field, Kind kind, Map<String, Object> context) {

    public enum Kind { INVALID, CONFLICT, FORBIDDEN }

    public Refusal {
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    public static Refusal invalid(String code, String field, String message) {
        return new Refusal(code, message, field, Kind.INVALID, null);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(code, message, null, Kind.CONFLICT, null);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(code, message, null, Kind.FORBIDDEN, null);
    }

    public Refusal at(String otherField) {
        return new Refusal(code, message, otherField, kind, context);
    }

    public Refusal with(String key, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(context);
        more.put(key, value);
        return new Refusal(code, message, field, kind, more);
    }
}
