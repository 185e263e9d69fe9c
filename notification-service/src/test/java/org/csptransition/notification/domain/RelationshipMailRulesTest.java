package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N1 which relationship fact becomes which e-mail, to the partner who must act")
class RelationshipMailRulesTest {

    static final UUID RESELLER = UUID.randomUUID();
    static final UUID PROVIDER = UUID.randomUUID();

    @Test
    @DisplayName("R1 the invitation goes to the reseller, its acceptance to the provider")
    void partnership() {
        assertThat(RelationshipMailRules.partnershipInvited(RESELLER)).containsExactly(Mail.to(RESELLER, MailTemplate.PARTNERSHIP_INVITED));
        assertThat(RelationshipMailRules.partnershipAccepted(PROVIDER)).containsExactly(Mail.to(PROVIDER, MailTemplate.PARTNERSHIP_ACCEPTED));
    }

    @Test
    @DisplayName("R3 an extended relationship is the provider's news; R4 an accepted invitation is both partners'")
    void customers() {
        assertThat(RelationshipMailRules.relationshipExtended(PROVIDER)).containsExactly(Mail.to(PROVIDER, MailTemplate.RELATIONSHIP_EXTENDED));
        assertThat(RelationshipMailRules.customerInvitationAccepted(RESELLER, PROVIDER)).containsExactly(
                Mail.to(RESELLER, MailTemplate.CUSTOMER_INVITATION_ACCEPTED), Mail.to(PROVIDER, MailTemplate.CUSTOMER_INVITATION_ACCEPTED));
    }

    @Test
    @DisplayName("R5 an MCA that must still be accepted is told to the reseller (when known) and the provider; any other status to no one")
    void agreement() {
        assertThat(RelationshipMailRules.agreementStatusChanged("ACCEPTANCE_REQUIRED", RESELLER, PROVIDER)).containsExactly(
                Mail.to(RESELLER, MailTemplate.MCA_ACCEPTANCE_REQUIRED), Mail.to(PROVIDER, MailTemplate.MCA_ACCEPTANCE_REQUIRED));
        assertThat(RelationshipMailRules.agreementStatusChanged("ACCEPTANCE_REQUIRED", null, PROVIDER))
                .containsExactly(Mail.to(PROVIDER, MailTemplate.MCA_ACCEPTANCE_REQUIRED));
        assertThat(RelationshipMailRules.agreementStatusChanged("ACCEPTED", RESELLER, PROVIDER)).isEmpty();
    }
}
