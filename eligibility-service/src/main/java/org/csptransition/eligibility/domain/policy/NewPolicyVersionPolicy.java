package org.csptransition.eligibility.domain.policy;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * E2 policy versions managed by the operator: a new version takes effect after today (so that no answer for a past
 * or the present date changes), on a day no other version takes effect, under a name not yet used, with each
 * requirement at most once and at least one minimum. Codes: {@code POLICY_EFFECTIVE_NOT_IN_FUTURE},
 * {@code POLICY_VERSION_EXISTS}, {@code POLICY_EFFECTIVE_DATE_TAKEN}, {@code POLICY_REQUIREMENT_LISTED_TWICE},
 * {@code POLICY_WITHOUT_MINIMUM}.
 */
public final class NewPolicyVersionPolicy {

    private NewPolicyVersionPolicy() {
    }

    public static Outcome check(PolicyVersion candidate, List<PolicyVersion> existing, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        if (!candidate.effectiveFrom().isAfter(today)) {
            refusals.add(Refusal.invalid("POLICY_EFFECTIVE_NOT_IN_FUTURE", "effectiveFrom",
                            "A new policy version must take effect after today (" + today + "); " + candidate.effectiveFrom() + " is not")
                    .with("today", today.toString()).with("effectiveFrom", candidate.effectiveFrom().toString()));
        }
        if (existing.stream().anyMatch(v -> v.version().equals(candidate.version()))) {
            refusals.add(Refusal.conflict("POLICY_VERSION_EXISTS", "Policy version " + candidate.version() + " already exists")
                    .with("version", candidate.version()));
        }
        if (existing.stream().anyMatch(v -> v.effectiveFrom().equals(candidate.effectiveFrom()))) {
            refusals.add(Refusal.conflict("POLICY_EFFECTIVE_DATE_TAKEN",
                            "Another policy version already takes effect on " + candidate.effectiveFrom())
                    .with("effectiveFrom", candidate.effectiveFrom().toString()));
        }
        Set<RequirementCode> seen = EnumSet.noneOf(RequirementCode.class);
        for (int i = 0; i < candidate.requirements().size(); i++) {
            RequirementCode code = candidate.requirements().get(i).code();
            if (!seen.add(code)) {
                refusals.add(Refusal.invalid("POLICY_REQUIREMENT_LISTED_TWICE", "requirements[" + i + "].code",
                        "Requirement " + code + " is listed twice").with("requirement", code.name()));
            }
        }
        if (candidate.requirements().stream().noneMatch(item -> item.kind() == RequirementKind.MINIMUM)) {
            refusals.add(Refusal.invalid("POLICY_WITHOUT_MINIMUM", "requirements",
                    "A policy version needs at least one minimum requirement"));
        }
        return Outcome.of(refusals);
    }
}
