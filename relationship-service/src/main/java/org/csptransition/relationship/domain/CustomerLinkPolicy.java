package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * R4, R5 who may answer through a customer link, and when: a link is used once (whatever the answer), it expires, and only
 * the customer it is bound to may use it (a new customer's invitation: whoever signs in with it). An unknown or tampered
 * token is no link at all: the application answers it "not found" before this policy is asked.
 */
public final class CustomerLinkPolicy {

    public static final String LINK_NOT_FOUND = "LINK_NOT_FOUND";
    public static final String LINK_ALREADY_USED = "LINK_ALREADY_USED";
    public static final String LINK_EXPIRED = "LINK_EXPIRED";
    public static final String LINK_FOR_ANOTHER_CUSTOMER = "LINK_FOR_ANOTHER_CUSTOMER";

    private CustomerLinkPolicy() {
    }

    /** No link has this token: unknown, tampered with or cut short. Nothing else is said. */
    public static Refusal notFound() {
        return new Refusal(Refusal.Kind.NOT_FOUND, LINK_NOT_FOUND, "This link is not valid: check that it was copied whole, or ask "
                + "the partner for a new one", null, Map.of());
    }

    /** Whether the link can still be shown with its question: not used, not expired. */
    public static Outcome checkOpen(CustomerLink link, Instant now) {
        if (link.isUsed()) {
            return Refusal.conflict(LINK_ALREADY_USED, "This link was used on " + link.usedAt().orElseThrow()
                    + "; a link is used once: ask the partner for a new one if needed")
                    .with("usedAt", link.usedAt().orElseThrow()).outcome();
        }
        if (link.isExpiredAt(now)) {
            return Refusal.conflict(LINK_EXPIRED, "This link expired on " + link.expiresAt() + "; ask the partner for a new one")
                    .with("expiresAt", link.expiresAt()).outcome();
        }
        return Outcome.allowed();
    }

    /** Whether the signed-in customer tenant may answer through it now. */
    public static Outcome checkUse(CustomerLink link, UUID signedInTenantId, Instant now) {
        return checkOpen(link, now).and(Outcome.refusedIf(!link.isFor(signedInTenantId),
                Refusal.forbidden(LINK_FOR_ANOTHER_CUSTOMER, "This link is for another customer: sign in with an account of the "
                        + "customer it was sent to")));
    }
}
