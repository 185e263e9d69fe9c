package org.csptransition.eligibility.domain.policy;

import java.util.Map;

/**
 * E2 ENDORSEMENT: the authority to accept and sign legal agreements for the organisation, attested by a GlobalAdmin.
 * Reason codes: {@code ENDORSEMENT_AUTHORITY_ATTESTED}, {@code ENDORSEMENT_AUTHORITY_NOT_ATTESTED}.
 */
public final class EndorsementRequirement implements Requirement {

    @Override
    public RequirementCode code() {
        return RequirementCode.ENDORSEMENT;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        Map<String, Object> evidence = Map.of("endorsementAuthority", facts.endorsementAuthority());
        return facts.endorsementAuthority()
                ? RequirementOutcome.met("ENDORSEMENT_AUTHORITY_ATTESTED", evidence)
                : RequirementOutcome.unmet("ENDORSEMENT_AUTHORITY_NOT_ATTESTED", evidence);
    }
}
