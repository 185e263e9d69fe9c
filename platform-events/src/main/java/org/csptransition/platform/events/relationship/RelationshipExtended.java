package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.relationship.extended.v1}: a reseller that completed E6 extended its direct-bill customer to one of its
 * providers (R3), with the customer's consent attested. The provider is a partner of record without delegated admin, and
 * the customer's billing profile is shared with it: it travels in this event.
 */
public record RelationshipExtended(
        UUID extensionId,
        UUID customerTenantId,
        String customerName,
        UUID resellerTenantId,
        String resellerName,
        UUID providerTenantId,
        String providerName,
        Consent consent,
        BillingProfile billingProfile,
        Instant extendedAt) implements EventPayload {

    @Override
    public String subject() {
        return customerTenantId.toString();
    }

    /** Who attested, for the customer, that it agreed to the extension, and when. */
    public record Consent(String attestedBy, Instant attestedAt) {
    }

    public record BillingProfile(String email, Address address) {
    }

    public record Address(String line1, String line2, String city, String postalCode, String region, String country) {
    }
}
