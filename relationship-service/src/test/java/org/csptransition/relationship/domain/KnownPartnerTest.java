package org.csptransition.relationship.domain;

import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.EVENT_TIME;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;

@DisplayName("The shared partner read model, as this service's rules read it")
class KnownPartnerTest {

    @Nested
    @DisplayName("never lets an older fact overwrite a newer one")
    class Ordering {

        @Test
        @DisplayName("a program change newer than a registration that arrives late keeps the newer status")
        void programChangeBeforeRegistration() {
            KnownPartner partner = KnownPartner.first(UUID.randomUUID());
            partner.applyProgramChange(EVENT_TIME, KnownPartner.DIRECT_BILL, "RESTRICTED", NOW);
            partner.applyRegistration(EVENT_TIME.minusDays(1), "4234567", "Fabrikam AB", "SE", "sv-SE",
                    Map.of(KnownPartner.DIRECT_BILL, "ACTIVE"), null, NOW);

            assertThat(partner.directBillStatus()).isEqualTo("RESTRICTED");
            assertThat(partner.partnerId()).as("the registration still fills the partial row").isEqualTo("4234567");
            assertThat(partner.companyName()).isEqualTo("Fabrikam AB");
        }

        @Test
        @DisplayName("a profile update older than the one applied changes nothing, but the programs are their own group")
        void groupsAreIndependent() {
            KnownPartner partner = DomainFixtures.aDirectBillPartner();
            partner.applyProfileUpdate(EVENT_TIME.plusHours(2), "Fabrikam Group AB", "en-GB", NOW);
            partner.applyProfileUpdate(EVENT_TIME.plusHours(1), "Old Name AB", "sv-SE", NOW);
            partner.applyProgramChange(EVENT_TIME.plusMinutes(1), KnownPartner.DIRECT_BILL, "RESTRICTED", NOW);

            assertThat(partner.companyName()).isEqualTo("Fabrikam Group AB");
            assertThat(partner.preferredLocale()).isEqualTo("en-GB");
            assertThat(partner.directBillStatus()).isEqualTo("RESTRICTED");
        }

        @Test
        @DisplayName("a row made from a program change alone is partial until the registration arrives")
        void partialRow() {
            KnownPartner partner = KnownPartner.first(UUID.randomUUID());
            partner.applyProgramChange(EVENT_TIME, KnownPartner.INDIRECT_PROVIDER, "ACTIVE", NOW);

            assertThat(partner.isRegistered()).isFalse();
            assertThat(partner.displayName()).isEqualTo(partner.tenantId().toString());
            assertThat(partner.isActiveProvider()).isTrue();
        }
    }

    @Nested
    @DisplayName("E6, the transition, is complete")
    class Transition {

        @Test
        @DisplayName("when the enrollment-completed event arrived, and stays so whatever status changes follow")
        void fromTheCompletedEvent() {
            KnownPartner partner = DomainFixtures.aDirectBillPartner();
            partner.applyTransitionCompleted(EVENT_TIME.plusDays(1), Instant.parse("2026-11-27T10:00:00Z"),
                    Map.of(KnownPartner.DIRECT_BILL, "ACTIVE", KnownPartner.INDIRECT_RESELLER, "ACTIVE"), NOW);
            partner.applyProgramChange(EVENT_TIME.plusDays(2), KnownPartner.INDIRECT_RESELLER, "SUSPENDED", NOW);

            assertThat(partner.hasCompletedTransition()).isTrue();
            assertThat(partner.transitionCompletedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        }

        @Test
        @DisplayName("for a partner registered after its transition: partner.registered.v1 carries when it completed")
        void fromTheRegistration() {
            KnownPartner partner = DomainFixtures.aTransitionedPartner();

            assertThat(partner.hasCompletedTransition()).isTrue();
            assertThat(partner.transitionCompletedAt()).isEqualTo(DomainFixtures.NOW);
        }

        @Test
        @DisplayName("not for a direct-bill partner alone, nor an indirect reseller that never billed directly, nor one that merely holds both programs")
        void notOtherwise() {
            assertThat(DomainFixtures.aDirectBillPartner().hasCompletedTransition()).isFalse();
            assertThat(DomainFixtures.anIndirectReseller().hasCompletedTransition()).isFalse();
            assertThat(DomainFixtures.aPartner("Fabrikam AB", KnownPartner.DIRECT_BILL, "ACTIVE", KnownPartner.INDIRECT_RESELLER, "ACTIVE")
                    .hasCompletedTransition()).as("E6 is the fact eligibility publishes, never inferred from the programs").isFalse();
        }
    }
}
