package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.registered.v1}: a customer tenant became known to the suite (R2). {@code relationship} is
 * {@code DIRECT_BILL_CUSTOMER} or {@code INDIRECT_RESELLER_CUSTOMER} of {@code partnerTenantId}; {@code registeredBy…}
 * names who registered it: the direct-bill partner itself, the provider that created it for the reseller, or the reseller
 * whose invitation the customer accepted. Strings: new values may appear.
 */
public record CustomerRegistered(
        UUID customerTenantId,
        String companyName,
        String domain,
        String country,
        String relationship,
        UUID partnerTenantId,
        String partnerName,
        UUID registeredByTenantId,
        String registeredByName,
        Instant registeredAt) implements EventPayload {

    @Override
    public String subject() {
        return customerTenantId.toString();
    }
}
