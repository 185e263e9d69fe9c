package org.csptransition.eligibility.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("E1 a partner tenant and the events it causes")
class PartnerTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static PartnerProfile aProfile(Program... programs) {
        return new PartnerProfile("4234567", "Fabrikam AB", "SE", "sv-SE",
                new PartnerProfile.Contact("Eva", "Lind", "eva@fabrikam.se"), true, "mpn@fabrikam.se", null, false, false, null,
                java.util.Arrays.stream(programs)
                        .map(p -> new PartnerProfile.ProgramHolding(p, ProgramStatus.ACTIVE, LocalDate.of(2017, 3, 1))).toList(), null);
    }

    @Nested
    @DisplayName("registering")
    class Registering {

        @Test
        @DisplayName("E1: registration tells who the partner is; a direct-bill partner has not completed the transition")
        void directBillPartner() {
            UUID tenant = UUID.randomUUID();
            Partner.Registration registration = Partner.register(tenant, aProfile(Program.DIRECT_BILL), SupportPlan.ASFP, NOW);
            PartnerEvent.Registered registered = registration.registered();
            assertThat(registered.tenantId()).isEqualTo(tenant);
            assertThat(registered.partnerId()).isEqualTo("4234567");
            assertThat(registered.primaryContact().email()).isEqualTo("eva@fabrikam.se");
            assertThat(registered.programs()).extracting(PartnerProfile.ProgramHolding::program).containsExactly(Program.DIRECT_BILL);
            assertThat(registered.transitionCompletedAt()).isNull();
            assertThat(registration.partner().tenantId()).isEqualTo(tenant);
        }

        @Test
        @DisplayName("E6: a partner imported holding direct bill and indirect reseller completed the transition, as of its registration")
        void importedAfterTheTransition() {
            PartnerEvent.Registered registered = Partner.register(UUID.randomUUID(),
                    aProfile(Program.INDIRECT_RESELLER, Program.DIRECT_BILL), null, NOW).registered();
            assertThat(registered.transitionCompletedAt()).isEqualTo(NOW);
        }

        @Test
        @DisplayName("E6: an indirect reseller new to CSP (no direct bill) has not completed it")
        void indirectResellerOnly() {
            assertThat(Partner.register(UUID.randomUUID(), aProfile(Program.INDIRECT_RESELLER), null, NOW).registered()
                    .transitionCompletedAt()).isNull();
        }

        @Test
        @DisplayName("E1: a profile its policy refuses is never registered")
        void refusedProfile() {
            PartnerProfile p = aProfile(Program.DIRECT_BILL);
            PartnerProfile webMail = new PartnerProfile(p.partnerId(), p.companyName(), p.country(), p.preferredLocale(),
                    new PartnerProfile.Contact("Eva", "Lind", "eva@gmail.com"), true, null, null, false, false, null, p.programs(), null);
            assertThatThrownBy(() -> Partner.register(UUID.randomUUID(), webMail, null, NOW)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("changing")
    class Changing {

        @Test
        @DisplayName("E1: a change of the profile is published with the whole writable profile; no change, no event")
        void update() {
            Partner partner = Partner.register(UUID.randomUUID(), aProfile(Program.DIRECT_BILL), null, NOW).partner();
            ProfileUpdate attest = new ProfileUpdate(null, null, null, new ProfileUpdate.AttestationUpdate(true, null, null, 2));
            assertThat(PartnerProfilePolicy.check(attest).isAllowed()).isTrue();
            assertThat(partner.update(attest, "eva", NOW)).hasValueSatisfying(updated -> {
                assertThat(updated.tenantId()).isEqualTo(partner.tenantId());
                assertThat(updated.attestations().endorsementAuthority()).isTrue();
                assertThat(updated.attestations().managedServices()).isEqualTo(2);
                assertThat(updated.preferredLocale()).isEqualTo("sv-SE");
            });
            assertThat(partner.update(attest, "eva", NOW)).isEmpty();
        }

        @Test
        @DisplayName("E1: a change its policy refuses (LOCALE_NOT_BCP47, CONTACT_EMAIL_NOT_WORK_EMAIL together) is never applied")
        void refusedUpdate() {
            Partner partner = Partner.register(UUID.randomUUID(), aProfile(Program.DIRECT_BILL), null, NOW).partner();
            ProfileUpdate bad = new ProfileUpdate("swedish", new PartnerProfile.Contact("Eva", "Lind", "eva@gmail.com"), null, null);
            assertThat(PartnerProfilePolicy.check(bad).refusals()).extracting(org.csptransition.kernel.Refusal::code)
                    .containsExactly("LOCALE_NOT_BCP47", "CONTACT_EMAIL_NOT_WORK_EMAIL");
            assertThatThrownBy(() -> partner.update(bad, "eva", NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(partner.preferredLocale()).isEqualTo("sv-SE");
        }

        @Test
        @DisplayName("E4: the support plan and the direct-bill program granted by an approval, each with its event")
        void directBillApproved() {
            Partner partner = Partner.register(UUID.randomUUID(), aProfile(Program.INDIRECT_RESELLER), null, NOW).partner();
            UUID enrollment = UUID.randomUUID();
            assertThat(partner.recordSupportPlan(SupportPlan.PSFP, enrollment, NOW))
                    .isEqualTo(new PartnerEvent.SupportPlanRecorded(partner.tenantId(), enrollment, SupportPlan.PSFP));
            assertThat(partner.grant(Program.DIRECT_BILL, TODAY, ProgramChange.DIRECT_BILL_APPROVED, NOW))
                    .isEqualTo(new PartnerEvent.ProgramChanged(partner.tenantId(), new ProgramChange(Program.DIRECT_BILL, null,
                            ProgramStatus.ACTIVE, TODAY, List.of("DIRECT_BILL_ENROLLMENT_APPROVED")), null));
            assertThat(partner.holds(Program.DIRECT_BILL)).isTrue();
        }

        @Test
        @DisplayName("E6: completing the transition: completed with both programs, INDIRECT_RESELLER active, the incentives invitation due")
        void transitionCompleted() {
            Partner partner = Partner.register(UUID.randomUUID(), aProfile(Program.DIRECT_BILL), SupportPlan.ASFP, NOW).partner();
            UUID enrollment = UUID.randomUUID();
            List<PartnerEvent> events = partner.completeTransition(enrollment, TODAY, NOW, TODAY.plusDays(30));
            assertThat(events).hasSize(3);
            assertThat(events.get(0)).isInstanceOfSatisfying(PartnerEvent.TransitionCompleted.class, completed -> {
                assertThat(completed.enrollmentId()).isEqualTo(enrollment);
                assertThat(completed.completedAt()).isEqualTo(NOW);
                assertThat(completed.programs()).extracting(PartnerProfile.ProgramHolding::program)
                        .containsExactly(Program.DIRECT_BILL, Program.INDIRECT_RESELLER);
            });
            assertThat(events.get(1)).isEqualTo(new PartnerEvent.ProgramChanged(partner.tenantId(), new ProgramChange(
                    Program.INDIRECT_RESELLER, null, ProgramStatus.ACTIVE, TODAY, List.of("INDIRECT_RESELLER_ENROLLMENT_COMPLETED")), null));
            assertThat(events.get(2)).isEqualTo(new PartnerEvent.IncentivesInvitationDue(partner.tenantId(), enrollment,
                    TODAY.plusDays(30), "mpn@fabrikam.se", "eva@fabrikam.se", "sv-SE"));
        }
    }
}
