package org.csptransition.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

/** A program of a tenant changed status (E4, E5, E6); {@code previousStatus} is null when the tenant did not hold it. */
public record ProgramChange(Program program, ProgramStatus previousStatus, ProgramStatus status, LocalDate since,
                            List<String> reasonCodes) {
}
