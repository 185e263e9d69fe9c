package org.csptransition.eligibility.domain.policy;

import org.csptransition.eligibility.domain.SupportPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 ENDORSEMENT: the authority to sign legal agreements, attested by a GlobalAdmin")
class EndorsementRequirementTest {

    private final EndorsementRequirement requirement = new EndorsementRequirement();

    @Test
    @DisplayName("met when attested")
    void attested() {
        assertThat(requirement.evaluate(Facts.aQualifyingPartner(), Facts.DEFAULT).reasonCode()).isEqualTo("ENDORSEMENT_AUTHORITY_ATTESTED");
    }

    @Test
    @DisplayName("not met without the attestation: ENDORSEMENT_AUTHORITY_NOT_ATTESTED")
    void notAttested() {
        RequirementOutcome outcome = requirement.evaluate(Facts.with(true, false, true, SupportPlan.ASFP, true, 1), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo("ENDORSEMENT_AUTHORITY_NOT_ATTESTED");
    }
}
