package org.csptransition.eligibility.domain;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.RequirementResult;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * E4 Direct-bill application: refused with {@code DIRECT_BILL_ALREADY_HELD} for a tenant that holds the program,
 * {@code ENROLLMENT_ALREADY_SUBMITTED} while an application is open, and {@code NOT_ELIGIBLE_FOR_DIRECT_BILL} unless every
 * minimum of the policy in force is met but the support plan. That refusal comes first, naming the policy version and the
 * unmet requirements; one refusal per unmet requirement follows, about the field of its requirement code, with the
 * requirement's reason code and its evidence (which fills the requirement's message).
 */
public final class DirectBillApplicationPolicy {

    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE_FOR_DIRECT_BILL";

    private DirectBillApplicationPolicy() {
    }

    public static Outcome check(Partner partner, Optional<DirectBillEnrollment> latest, EligibilityEvaluation evaluation) {
        if (partner.holds(Program.DIRECT_BILL)) {
            return Refusal.conflict("DIRECT_BILL_ALREADY_HELD", "The tenant already holds the direct-bill program").outcome();
        }
        if (latest.isPresent() && latest.get().status().isOpen()) {
            return EnrollmentRefusals.alreadySubmitted(latest.get().id(), latest.get().status().name()).outcome();
        }
        List<RequirementResult> unmet = evaluation.unmetForApplication();
        if (unmet.isEmpty()) {
            return Outcome.allowed();
        }
        List<String> unmetCodes = unmet.stream().map(r -> r.code().name()).toList();
        List<Refusal> refusals = new ArrayList<>();
        refusals.add(Refusal.invalid(NOT_ELIGIBLE, "Not eligible for direct bill under policy " + evaluation.policyVersion() + ": "
                        + unmet.size() + " minimum requirement(s) not met")
                .with("policyVersion", evaluation.policyVersion())
                .with("unmetRequirements", unmetCodes)
                .with("count", unmet.size()));
        for (RequirementResult requirement : unmet) {
            refusals.add(new Refusal(Refusal.Kind.INVALID, requirement.reasonCode(),
                    requirement.code() + " is not met: " + requirement.reasonCode(), requirement.code().name(),
                    known(requirement.evidence())));
        }
        return Outcome.of(refusals);
    }

    /** The evidence that has a value: a refusal's context holds facts, and "none" is said by the message. */
    private static Map<String, Object> known(Map<String, Object> evidence) {
        Map<String, Object> known = new LinkedHashMap<>();
        evidence.forEach((name, value) -> {
            if (value != null) {
                known.put(name, value);
            }
        });
        return known;
    }
}
