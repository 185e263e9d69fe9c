package org.csptransition.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a policy answers: allowed, or refused with every reason at once (so a client can fix them all in one go).
 * Policies return it and never throw; an application service decides to stop with {@link #orThrow()}.
 */
public final class Outcome {

    private static final Outcome ALLOWED = new Outcome(List.of());

    private final List<Refusal> refusals;

    private Outcome(List<Refusal> refusals) {
        this.refusals = refusals;
    }

    public static Outcome allowed() {
        return ALLOWED;
    }

    public static Outcome refused(Refusal refusal) {
        return new Outcome(List.of(refusal));
    }

    /** Allowed when {@code refusals} is empty, else refused with them, in their order. */
    public static Outcome of(Collection<Refusal> refusals) {
        return refusals.isEmpty() ? ALLOWED : new Outcome(List.copyOf(refusals));
    }

    /** Refused with {@code refusal} when {@code refuse} holds, else allowed. */
    public static Outcome refusedIf(boolean refuse, Refusal refusal) {
        return refuse ? refused(refusal) : ALLOWED;
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }

    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The reasons of both outcomes: allowed only when both are. */
    public Outcome and(Outcome other) {
        if (other.isAllowed()) {
            return this;
        }
        if (isAllowed()) {
            return other;
        }
        List<Refusal> all = new ArrayList<>(refusals);
        all.addAll(other.refusals);
        return new Outcome(List.copyOf(all));
    }

    /** Whether one of the reasons has {@code code}. */
    public boolean refusedWith(String code) {
        return refusals.stream().anyMatch(r -> r.code().equals(code));
    }

    /** Goes on when allowed; otherwise stops the request with a {@link RefusedException} carrying every reason. */
    public void orThrow() {
        if (isRefused()) {
            throw new RefusedException(refusals);
        }
    }

    @Override
    public String toString() {
        return isAllowed() ? "Outcome[allowed]" : "Outcome[refused " + refusals.stream().map(Refusal::code).toList() + "]";
    }
}
