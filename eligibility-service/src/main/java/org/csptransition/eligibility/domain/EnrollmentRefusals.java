package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Refusal;

import java.util.UUID;

/** The refusal both enrollment policies share (E4, E6): one open application at a time. */
final class EnrollmentRefusals {

    private EnrollmentRefusals() {
    }

    static Refusal alreadySubmitted(UUID enrollmentId, String status) {
        return Refusal.conflict("ENROLLMENT_ALREADY_SUBMITTED", "Application " + enrollmentId + " is still " + status)
                .with("enrollmentId", enrollmentId.toString()).with("status", status);
    }
}
