package org.csptransition.platform.events.relationship;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.partner-of-record.added.v1}: a partner became a partner of record of a customer (R2–R4), or an existing one
 * gained delegated admin through an invitation (then {@code via} is {@code INVITATION}). {@code role} is
 * {@code DIRECT_BILL_PARTNER}, {@code INDIRECT_RESELLER} or {@code INDIRECT_PROVIDER}; {@code via} is {@code DIRECT},
 * {@code EXTENSION} or {@code INVITATION}. Strings: new values may appear.
 */
public record PartnerOfRecordAdded(
        UUID customerTenantId,
        String customerName,
        UUID partnerTenantId,
        String partnerName,
        String role,
        boolean delegatedAdmin,
        Instant since,
        String via) implements EventPayload {

    @Override
    public String subject() {
        return customerTenantId.toString();
    }
}
