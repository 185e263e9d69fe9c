package org.csptransition.eligibility.domain;

/**
 * E6: {@code PENDING_APPROVAL} → {@code APPROVED} (or {@code REJECTED}) → agreement accepted → {@code ACTIVE}: the tenant
 * holds both programs, irreversibly. {@code WITHDRAWN} by the partner before that.
 */
public enum IndirectResellerEnrollmentStatus {
    PENDING_APPROVAL, APPROVED, REJECTED, WITHDRAWN, ACTIVE;

    public boolean isOpen() {
        return this == PENDING_APPROVAL || this == APPROVED;
    }
}
