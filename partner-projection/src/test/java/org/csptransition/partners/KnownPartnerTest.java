package org.csptransition.partners;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The partner projection")
class KnownPartnerTest {

    static final OffsetDateTime T1 = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime T2 = T1.plusMinutes(5);
    static final Instant NOW = T2.toInstant().plusSeconds(1);

    @Test
    @DisplayName("E6 complete only when eligibility says so: holding both programs is not enough on its own")
    void transitionIsTheFactEligibilityPublished() {
        KnownPartner imported = KnownPartner.first(UUID.randomUUID());
        imported.applyRegistration(T1, "4234567", "Fabrikam", "SE", "sv-SE",
                Map.of("DIRECT_BILL", "ACTIVE", "INDIRECT_RESELLER", "ACTIVE"), null, NOW);
        assertThat(imported.hasCompletedTransition()).isFalse();

        KnownPartner registeredAfterTransition = KnownPartner.first(UUID.randomUUID());
        registeredAfterTransition.applyRegistration(T1, "4234568", "Contoso", "NL", "nl-NL",
                Map.of("DIRECT_BILL", "ACTIVE", "INDIRECT_RESELLER", "ACTIVE"), T1.toInstant(), NOW);
        assertThat(registeredAfterTransition.hasCompletedTransition()).isTrue();
        assertThat(registeredAfterTransition.transitionCompletedAt()).isEqualTo(T1.toInstant());
    }

    @Test
    @DisplayName("E6 the enrollment-completed fact before the registration: the partial row keeps it, irreversibly")
    void enrollmentCompletedBeforeRegistration() {
        KnownPartner partner = KnownPartner.first(UUID.randomUUID());
        partner.applyTransitionCompleted(T2, T2.toInstant(), Map.of("DIRECT_BILL", "ACTIVE", "INDIRECT_RESELLER", "ACTIVE"), NOW);
        assertThat(partner.isRegistered()).isFalse();
        assertThat(partner.displayName()).isEqualTo(partner.tenantId().toString());

        partner.applyRegistration(T1, "4234567", "Fabrikam", "SE", "sv-SE", Map.of("DIRECT_BILL", "ACTIVE"), null, NOW);
        partner.applyProgramChange(T1, "INDIRECT_RESELLER", "SUSPENDED", NOW);

        assertThat(partner.isRegistered()).isTrue();
        assertThat(partner.partnerId()).isEqualTo("4234567");
        assertThat(partner.hasCompletedTransition()).isTrue();
        // the older program facts did not overwrite the newer ones
        assertThat(partner.isActiveReseller()).isTrue();
        assertThat(partner.lastEventTime()).isEqualTo(T2);
    }

    @Test
    @DisplayName("an older profile update never overwrites a newer one")
    void olderFactsLose() {
        KnownPartner partner = KnownPartner.first(UUID.randomUUID());
        partner.applyRegistration(T2, "4234567", "Fabrikam AB", "SE", "sv-SE", Map.of("INDIRECT_PROVIDER", "ACTIVE"), null, NOW);
        partner.applyProfileUpdate(T1, "Fabrikam (old)", "en-US", NOW);

        assertThat(partner.companyName()).isEqualTo("Fabrikam AB");
        assertThat(partner.preferredLocale()).isEqualTo("sv-SE");
        assertThat(partner.isActiveProvider()).isTrue();
        assertThat(partner.holdsDirectBill()).isFalse();
    }
}
