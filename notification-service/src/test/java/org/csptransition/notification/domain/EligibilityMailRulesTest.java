package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N1 which eligibility fact becomes which e-mail, to whom and when")
class EligibilityMailRulesTest {

    static final UUID PARTNER = UUID.randomUUID();

    @Test
    @DisplayName("E3–E6 each decision is one e-mail to the partner's primary contact, at once, with its own template")
    void decisionsGoToThePartner() {
        assertThat(EligibilityMailRules.creditCheckPassed(PARTNER)).containsExactly(Mail.to(PARTNER, MailTemplate.CREDIT_CHECK_PASSED));
        assertThat(EligibilityMailRules.creditCheckFailed(PARTNER)).containsExactly(Mail.to(PARTNER, MailTemplate.CREDIT_CHECK_FAILED));
        assertThat(EligibilityMailRules.directBillApproved(PARTNER)).containsExactly(Mail.to(PARTNER, MailTemplate.DIRECT_BILL_APPROVED));
        assertThat(EligibilityMailRules.directBillRejected(PARTNER)).containsExactly(Mail.to(PARTNER, MailTemplate.DIRECT_BILL_REJECTED));
        assertThat(EligibilityMailRules.indirectResellerApproved(PARTNER))
                .containsExactly(Mail.to(PARTNER, MailTemplate.INDIRECT_RESELLER_APPROVED));
        assertThat(EligibilityMailRules.creditCheckPassed(PARTNER).get(0).address()).isNull();
        assertThat(EligibilityMailRules.creditCheckPassed(PARTNER).get(0).notBefore()).isNull();
    }

    @Test
    @DisplayName("E5 only a direct-bill program becoming RESTRICTED is e-mailed")
    void onlyARestrictionIsMailed() {
        assertThat(EligibilityMailRules.programChanged(PARTNER, "DIRECT_BILL", "RESTRICTED"))
                .containsExactly(Mail.to(PARTNER, MailTemplate.CAPABILITIES_RESTRICTED));
        assertThat(EligibilityMailRules.programChanged(PARTNER, "DIRECT_BILL", "ACTIVE")).isEmpty();
        assertThat(EligibilityMailRules.programChanged(PARTNER, "DIRECT_BILL", "SUSPENDED")).isEmpty();
        assertThat(EligibilityMailRules.programChanged(PARTNER, "INDIRECT_RESELLER", "RESTRICTED")).isEmpty();
    }

    @Test
    @DisplayName("E6 the incentives invitation goes out the configured delay after the fact, but never after its due date")
    void incentivesInvitationTiming() {
        Recipient partner = partner("mpn@fabrikam.example");
        Instant announced = Instant.parse("2026-12-01T10:00:00Z");

        Mail early = EligibilityMailRules.incentivesInvitation(partner, null, announced, Duration.ofDays(1), LocalDate.of(2026, 12, 31)).get(0);
        Mail late = EligibilityMailRules.incentivesInvitation(partner, null, announced, Duration.ofDays(45), LocalDate.of(2026, 12, 31)).get(0);

        assertThat(early.template()).isEqualTo(MailTemplate.INCENTIVES_INVITATION);
        assertThat(early.notBefore()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(late.notBefore()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    }

    @Test
    @DisplayName("E6 the incentives invitation goes to the MPN account's e-mail: the fact's, else the one known, else the primary contact")
    void incentivesInvitationAddress() {
        Instant announced = Instant.parse("2026-12-01T10:00:00Z");
        LocalDate due = LocalDate.of(2026, 12, 31);

        assertThat(EligibilityMailRules.incentivesInvitation(partner("known@fabrikam.example"), "event@fabrikam.example", announced,
                Duration.ZERO, due).get(0).address()).isEqualTo("event@fabrikam.example");
        assertThat(EligibilityMailRules.incentivesInvitation(partner("known@fabrikam.example"), null, announced, Duration.ZERO, due)
                .get(0).address()).isEqualTo("known@fabrikam.example");
        Mail toContact = EligibilityMailRules.incentivesInvitation(partner(null), null, announced, Duration.ZERO, due).get(0);
        assertThat(toContact.address()).as("null: the primary contact").isNull();
        assertThat(toContact.recipientTenantId()).isEqualTo(PARTNER);
    }

    static Recipient partner(String mpnAccountEmail) {
        Recipient partner = Recipient.of(PARTNER);
        partner.apply(OffsetDateTime.parse("2026-11-01T00:00:00Z"), "Fabrikam AB", "Eva Lind", "eva@fabrikam.example", "sv-SE",
                mpnAccountEmail, Instant.parse("2026-11-01T00:00:01Z"));
        return partner;
    }
}
