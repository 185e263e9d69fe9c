package org.csptransition.kernel;

import java.util.Comparator;
import java.util.List;

/**
 * A request stopped by the rules, with every reason. Thrown by application services (never by policies), and answered by
 * one mapping in platform-http, so every service refuses the same way.
 */
public class RefusedException extends RuntimeException {

    private final List<Refusal> refusals;

    public RefusedException(List<Refusal> refusals) {
        super(refusals.isEmpty() ? "refused" : refusals.get(0).message(), null, false, false);
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        this.refusals = List.copyOf(refusals);
    }

    public RefusedException(Refusal refusal) {
        this(List.of(refusal));
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /**
     * The refusal that decides the answer when several apply: the one of the most decisive {@link Refusal.Kind} (in the
     * order the kinds are declared: unauthenticated, malformed, not found, forbidden, stale, not yet known, conflict,
     * invalid), and among those the first
     * in the order the rule listed them. Its kind gives the status and its code the problem's {@code code}.
     */
    public Refusal decisive() {
        return refusals.stream().min(Comparator.comparing(Refusal::kind)).orElseThrow();
    }
}
