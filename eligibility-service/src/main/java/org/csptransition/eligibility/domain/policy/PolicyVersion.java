package org.csptransition.eligibility.domain.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of the E2 direct-bill policy: in force from its effective date (inclusive) until the next version's, with
 * its requirements and its own thresholds.
 */
public record PolicyVersion(String version, LocalDate effectiveFrom, List<Item> requirements, Thresholds thresholds) {

    public record Item(RequirementCode code, RequirementKind kind) {
    }

    public PolicyVersion {
        requirements = List.copyOf(requirements);
    }

    /** A version with the original thresholds (USD 300,000, 12 months). */
    public PolicyVersion(String version, LocalDate effectiveFrom, List<Item> requirements) {
        this(version, effectiveFrom, requirements, Thresholds.ORIGINAL);
    }
}
