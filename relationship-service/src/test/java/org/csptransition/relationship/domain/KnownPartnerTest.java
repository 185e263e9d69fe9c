package org.csptransition.relationship.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.EVENT_TIME;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;

@DisplayName("The partner read model")
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
                    Map.of(KnownPartner.DIRECT_BILL, "ACTIVE"), NOW);

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

            assertThat(partner.registered()).isFalse();
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
            partner.applyEnrollmentCompleted(EVENT_TIME.plusDays(1), Instant.parse("2026-11-27T10:00:00Z"),
                    Map.of(KnownPartner.DIRECT_BILL, "ACTIVE", KnownPartner.INDIRECT_RESELLER, "ACTIVE"), NOW);
            partner.applyProgramChange(EVENT_TIME.plusDays(2), KnownPartner.INDIRECT_RESELLER, "SUSPENDED", NOW);

            assertThat(partner.completedIndirectResellerEnrollment()).isTrue();
            assertThat(partner.indirectResellerEnrollmentCompletedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        }

        @Test
        @DisplayName("for a partner imported holding direct bill and an active indirect-reseller program")
        void fromBothPrograms() {
            assertThat(DomainFixtures.aTransitionedPartner().completedIndirectResellerEnrollment()).isTrue();
        }

        @Test
        @DisplayName("not for a direct-bill partner alone, nor for an indirect reseller that never billed directly")
        void notOtherwise() {
            assertThat(DomainFixtures.aDirectBillPartner().completedIndirectResellerEnrollment()).isFalse();
            assertThat(DomainFixtures.anIndirectReseller().completedIndirectResellerEnrollment()).isFalse();
        }
    }
}
