package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.invitation.accepted.v1}: a customer's admin accepted a reseller's invitation (R4); the reseller and its
 * provider are partners of record with delegated admin ({@code customer.partner-of-record.added.v1} says so per partner).
 */
public record CustomerInvitationAccepted(
        UUID invitationId,
        UUID customerTenantId,
        String customerName,
        UUID resellerTenantId,
        String resellerName,
        UUID providerTenantId,
        String providerName,
        Instant acceptedAt) implements EventPayload {

    @Override
    public String subject() {
        return customerTenantId.toString();
    }
}
