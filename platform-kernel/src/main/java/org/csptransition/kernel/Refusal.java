package org.csptransition.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a rule says no: a stable {@code code} a client can branch on (it is also the key of the message in every language),
 * the English {@code message} (used when no translation exists), the request {@code field} it is about (or none), the
 * {@link Kind} that decides the HTTP status, and {@code context}: facts a client can act on (the transfer that holds a
 * subscription, say), which also fill the {@code {name}} placeholders of translated messages.
 */
public record Refusal(Kind kind, String code, String message, String field, Map<String, Object> context) {

    /**
     * What kind of no it is. The order is the precedence when several refusals apply (see
     * {@link RefusedException#decisive()}): the first kind present decides status and code.
     */
    public enum Kind {
        /** The caller is not known: no usable identity came with the request (401). */
        UNAUTHENTICATED,
        /** The request cannot be read as sent (a parameter or header of the wrong form), before any rule applies (400). */
        MALFORMED,
        /** The object does not exist, or the caller is no party to it (404): it must not learn which. */
        NOT_FOUND,
        /** The caller is a party, but the act belongs to another party or role (403). */
        FORBIDDEN,
        /** The caller acted on a version of the object that is no longer current ({@code If-Match}, 412). */
        STALE,
        /** A fact this service learns from another one has not arrived yet: the same request may succeed later (503). */
        NOT_YET_KNOWN,
        /** What was asked contradicts the current state (409). */
        CONFLICT,
        /** What was asked is not allowed as asked, whatever the state (422). */
        INVALID
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    public static Refusal invalid(String code, String field, String message) {
        return new Refusal(Kind.INVALID, code, message, field, null);
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Kind.INVALID, code, message, null, null);
    }

    public static Refusal malformed(String code, String field, String message) {
        return new Refusal(Kind.MALFORMED, code, message, field, null);
    }

    public static Refusal unauthenticated(String code, String message) {
        return new Refusal(Kind.UNAUTHENTICATED, code, message, null, null);
    }

    public static Refusal stale(String code, String message) {
        return new Refusal(Kind.STALE, code, message, null, null);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message, null, null);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(Kind.FORBIDDEN, code, message, null, null);
    }

    /** {@code what} (a type's name, "Transfer") with {@code id} does not exist for the caller: code {@code NOT_FOUND}. */
    public static Refusal notFound(String what, Object id) {
        return new Refusal(Kind.NOT_FOUND, NOT_FOUND, what + " " + id + " was not found", null, Map.of("what", what, "id", String.valueOf(id)));
    }

    /** The fact {@code fact} has not reached this service yet: code {@code NOT_YET_KNOWN}. */
    public static Refusal notYetKnown(String fact, String message) {
        return new Refusal(Kind.NOT_YET_KNOWN, NOT_YET_KNOWN, message, null, Map.of("fact", fact));
    }

    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String NOT_YET_KNOWN = "NOT_YET_KNOWN";

    /** The same refusal about another request field. */
    public Refusal at(String otherField) {
        return new Refusal(kind, code, message, otherField, context);
    }

    /** The same refusal with one more fact for the client (and for the translated message). */
    public Refusal with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(context);
        more.put(key, value);
        return new Refusal(kind, code, message, field, more);
    }

    /** This refusal as the only reason of a refused {@link Outcome}. */
    public Outcome outcome() {
        return Outcome.refused(this);
    }
}
