package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.agreement.status.changed.v1}: the Microsoft Customer Agreement status of a customer for one indirect
 * provider changed (R5), including its first status when the provider became a partner of record. {@code status} is
 * {@code ACCEPTED} or {@code ACCEPTANCE_REQUIRED}; {@code basis} is {@code CUSTOMER_ACCEPTANCE},
 * {@code PROVIDER_ATTESTATION} or {@code NONE}; {@code previousStatus} is null the first time. {@code reseller…} names the
 * partner that brought the provider to the customer (null when unknown). {@code customerAcceptanceLink} (added later, so
 * absent from older events) is the single-use page where the customer's admin accepts the agreement itself, set when the
 * status is {@code ACCEPTANCE_REQUIRED}. Strings: new values may appear.
 */
public record AgreementStatusChanged(
        UUID customerTenantId,
        String customerName,
        UUID providerTenantId,
        String providerName,
        UUID resellerTenantId,
        String resellerName,
        String previousStatus,
        String status,
        String basis,
        Instant changedAt,
        String customerAcceptanceLink) implements EventPayload {

    /** An event without the customer's acceptance link, as before the link existed. */
    public AgreementStatusChanged(UUID customerTenantId, String customerName, UUID providerTenantId, String providerName,
                                  UUID resellerTenantId, String resellerName, String previousStatus, String status, String basis,
                                  Instant changedAt) {
        this(customerTenantId, customerName, providerTenantId, providerName, resellerTenantId, resellerName, previousStatus, status,
                basis, changedAt, null);
    }

    @Override
    public String subject() {
        return customerTenantId.toString();
    }
}
