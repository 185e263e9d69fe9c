package org.csptransition.relationship.domain;

import java.time.Instant;

/** R3 who attested, for the customer, that it agreed to be extended to the provider, and when. */
public record CustomerConsent(String attestedBy, Instant attestedAt) {
}
