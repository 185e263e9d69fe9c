package org.csptransition.transfer.domain;

/**
 * A precondition depends on a fact another service owns and this service has not learnt yet: its read model has no row
 * for it (the partner, the customer, the agreement status for that provider). The answer is a retryable refusal, never a
 * guess: the events are on their way, and the same request succeeds or is refused for a real reason once they arrived.
 */
public class NotYetKnownException extends RuntimeException {

    public static final String CODE = "PRECONDITION_NOT_YET_KNOWN";

    private final String fact;

    public NotYetKnownException(String fact, String message) {
        super(message, null, false, false);
        this.fact = fact;
    }

    /** Which fact is missing: {@code partner}, {@code customer}, {@code agreement-status}. */
    public String fact() {
        return fact;
    }
}
