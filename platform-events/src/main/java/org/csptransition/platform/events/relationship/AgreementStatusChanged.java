package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.agreement.status.changed.v1}: the Microsoft Customer Agreement status of a customer for one indirect
 * provider changed (R5), including its first status when the provider became a partner of record. {@code status} is
 * {@code ACCEPTED} or {@code ACCEPTANCE_REQUIRED}; {@code basis} is {@code CUSTOMER_ACCEPTANCE},
 * {@code PROVIDER_ATTESTATION} or {@code NONE}; {@code previousStatus} is null the first time. {@code reseller…} names the
 * partner that brought the provider to the customer (null when unknown). Strings: new values may appear.
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
        Instant changedAt) implements EventPayload {

    @Override
    public String subject() {
        return customerTenantId.toString();
    }
}
