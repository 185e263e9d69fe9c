package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** {@code partnership.accepted.v1}: the reseller's GlobalAdmin accepted a provider's invitation; the partnership is ACTIVE (R1). */
public record PartnershipAccepted(
        UUID partnershipId,
        UUID providerTenantId,
        String providerName,
        UUID resellerTenantId,
        String resellerName,
        Instant acceptedAt) implements EventPayload {

    @Override
    public String subject() {
        return partnershipId.toString();
    }
}
