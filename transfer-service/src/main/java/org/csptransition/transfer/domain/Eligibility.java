package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.UUID;

/**
 * T2 Whether one subscription can be transferred now: allowed, or refused with one reason (a stable code, a readable
 * reason, and in its context the active transfer that holds the subscription when that is the reason). A per-subscription
 * answer rather than a bare {@link Outcome}, because the eligibility list shows every subscription, eligible or not.
 */
public record Eligibility(UUID subscriptionId, Outcome outcome) {

    public static Eligibility eligible(UUID subscriptionId) {
        return new Eligibility(subscriptionId, Outcome.allowed());
    }

    static Eligibility not(UUID subscriptionId, Refusal reason) {
        return new Eligibility(subscriptionId, reason.with("subscriptionId", subscriptionId).outcome());
    }

    public boolean eligible() {
        return outcome.isAllowed();
    }

    /** Why it is not eligible; {@code null} when it is. */
    public Refusal refusal() {
        return eligible() ? null : outcome.refusals().get(0);
    }

    public String reasonCode() {
        return eligible() ? null : refusal().code();
    }

    /** The reason in English (the API answers it in the caller's language, from the code and the context). */
    public String reason() {
        return eligible() ? null : refusal().message();
    }

    /** The active transfer that holds the subscription, when that is the reason (T4). */
    public UUID transferId() {
        return eligible() ? null : (UUID) refusal().context().get("transferId");
    }

    /** The refusal a transfer request including this subscription gets (T3), about the request field {@code field}. */
    public Refusal toRefusal(String field) {
        return refusal().at(field);
    }
}
