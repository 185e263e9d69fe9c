package org.csptransition.eligibility.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * E2 direct-bill policy versions: picks the version in force on a date (the latest effective date on or before it) and
 * evaluates every requirement it lists with that requirement's policy class.
 */
public final class DirectBillPolicy {

    private static final Map<RequirementCode, Requirement> REQUIREMENTS = new EnumMap<>(RequirementCode.class);

    static {
        for (Requirement requirement : List.of(new MpnIdRequirement(), new EndorsementRequirement(), new SupportRequirement(),
                new RevenueRequirement(), new AccountsReceivableRequirement(), new ManagedServiceRequirement(),
                new IndirectResellerTenureRequirement())) {
            REQUIREMENTS.put(requirement.code(), requirement);
        }
    }

    private final List<PolicyVersion> versions;

    public DirectBillPolicy(List<PolicyVersion> versions) {
        List<PolicyVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PolicyVersion::effectiveFrom));
        this.versions = List.copyOf(sorted);
    }

    public List<PolicyVersion> versions() {
        return versions;
    }

    /** The version in force on {@code date}: effective dates are inclusive. Empty before the first version. */
    public Optional<PolicyVersion> inForceOn(LocalDate date) {
        PolicyVersion found = null;
        for (PolicyVersion version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    public static EligibilityEvaluation evaluate(PolicyVersion version, EligibilityFacts facts, Thresholds thresholds) {
        List<RequirementResult> results = new ArrayList<>(version.requirements().size());
        for (PolicyVersion.Item item : version.requirements()) {
            RequirementOutcome outcome = requirement(item.code()).evaluate(facts, thresholds);
            results.add(new RequirementResult(item.code(), item.kind(), outcome.met(), outcome.reasonCode(), outcome.evidence()));
        }
        boolean eligible = results.stream().noneMatch(RequirementResult::blocks);
        return new EligibilityEvaluation(facts.asOf(), version.version(), eligible, List.copyOf(results));
    }

    public static Requirement requirement(RequirementCode code) {
        return REQUIREMENTS.get(code);
    }
}
