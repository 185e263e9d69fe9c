package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;

/**
 * The guard of an aggregate's transition whose rule answers with an {@link Outcome}: the application service asks the
 * rule first and stops the request with the refusal; reaching a transition the rule refuses is a programming error,
 * never an answer to a client.
 */
final class Preconditions {

    private Preconditions() {
    }

    static void require(Outcome outcome, String transition) {
        if (outcome.isRefused()) {
            throw new IllegalStateException(transition + " was called although its rule refuses it: " + outcome);
        }
    }
}
