package org.csptransition.transfer.domain;

import java.util.List;

/** Thrown when a rule refuses a request; carries every refusal at once, so a client can fix them all in one go. */
public class RefusedException extends RuntimeException {

    private final List<Refusal> refusals;

    public RefusedException(List<Refusal> refusals) {
        super(refusals.get(0).message(), null, false, false);
        this.refusals = List.copyOf(refusals);
    }

    public RefusedException(Refusal refusal) {
        this(List.of(refusal));
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
