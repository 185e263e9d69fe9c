package org.csptransition.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

/** A program of a tenant changed status (E4, E5, E6); {@code previousStatus} is null when the tenant did not hold it. */
public record ProgramChange(Program program, ProgramStatus previousStatus, ProgramStatus status, LocalDate since,
                            List<String> reasonCodes) {

    /** E4: DIRECT_BILL became active because its application was approved. */
    public static final String DIRECT_BILL_APPROVED = "DIRECT_BILL_ENROLLMENT_APPROVED";
    /** E6: INDIRECT_RESELLER became active because the agreement was accepted. */
    public static final String TRANSITION_COMPLETED = "INDIRECT_RESELLER_ENROLLMENT_COMPLETED";
}
