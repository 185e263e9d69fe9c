package org.csptransition.eligibility.domain.policy;

import java.time.LocalDate;
import java.util.List;

/** One version of the E2 direct-bill policy: in force from its effective date (inclusive) until the next version's. */
public record PolicyVersion(String version, LocalDate effectiveFrom, List<Item> requirements) {

    public record Item(RequirementCode code, RequirementKind kind) {
    }

    public PolicyVersion {
        requirements = List.copyOf(requirements);
    }
}
