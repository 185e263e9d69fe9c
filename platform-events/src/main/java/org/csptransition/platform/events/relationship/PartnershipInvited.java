package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code partnership.invited.v1}: an indirect provider invited a reseller, by its PartnerID, to a partnership (R1).
 * {@code link} is what the reseller's GlobalAdmin follows to accept; the names let a consumer write to a person without
 * another call.
 */
public record PartnershipInvited(
        UUID partnershipId,
        UUID providerTenantId,
        String providerName,
        UUID resellerTenantId,
        String resellerName,
        String resellerPartnerId,
        String link,
        Instant invitedAt) implements EventPayload {

    @Override
    public String subject() {
        return partnershipId.toString();
    }
}
