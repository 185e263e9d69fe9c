package org.csptransition.eligibility.domain;

/** E4: a direct-bill application under review, with its credit check passed, approved or rejected. */
public enum DirectBillEnrollmentStatus {
    UNDER_REVIEW, CREDIT_CHECK_PASSED, APPROVED, REJECTED;

    public boolean isOpen() {
        return this == UNDER_REVIEW || this == CREDIT_CHECK_PASSED;
    }
}
