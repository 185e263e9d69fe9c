package org.csptransition.eligibility.domain.policy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E2 MPN_ID: an active MPN membership and a PartnerID for the location")
class MpnIdRequirementTest {

    private final MpnIdRequirement requirement = new MpnIdRequirement();

    @Test
    @DisplayName("met with an active membership, showing the PartnerID and country as evidence")
    void activeMembership() {
        RequirementOutcome outcome = requirement.evaluate(Facts.aQualifyingPartner(), Facts.DEFAULT);
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.reasonCode()).isEqualTo("MPN_ID_ACTIVE");
        assertThat(outcome.evidence()).containsEntry("partnerId", "4234567").containsEntry("country", "SE");
    }

    @Test
    @DisplayName("E2 MPN_ID not met when the PartnerID is the MPN id of another location than the CSP country: PARTNER_ID_NOT_FOR_LOCATION")
    void partnerIdOfAnotherLocation() {
        RequirementOutcome outcome = requirement.evaluate(Facts.withPartnerIdFor("NO"), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo("PARTNER_ID_NOT_FOR_LOCATION");
        assertThat(outcome.evidence()).containsEntry("country", "SE").containsEntry("partnerIdLocation", "NO");
    }

    @Test
    @DisplayName("not met when the membership is inactive: MPN_MEMBERSHIP_INACTIVE")
    void inactiveMembership() {
        RequirementOutcome outcome = requirement.evaluate(Facts.with(false, true, true, null, true, 1), Facts.DEFAULT);
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.reasonCode()).isEqualTo("MPN_MEMBERSHIP_INACTIVE");
    }
}
