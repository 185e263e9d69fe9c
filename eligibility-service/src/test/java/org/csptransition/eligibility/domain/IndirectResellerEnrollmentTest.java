package org.csptransition.eligibility.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.eligibility.domain.DirectBillEnrollmentTest.codeOf;

@DisplayName("E6 indirect-reseller enrollment on the direct-bill tenant")
class IndirectResellerEnrollmentTest {

    static final Instant NOW = Instant.parse("2026-11-19T10:00:00Z");
    static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    static IndirectResellerEnrollment anApplication() {
        return IndirectResellerEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "eva", NOW, THURSDAY);
    }

    static IndirectResellerEnrollment aCompletedTransition() {
        IndirectResellerEnrollment enrollment = anApplication();
        enrollment.approve("operator", NOW);
        enrollment.acceptAgreement("eva", NOW);
        return enrollment;
    }

    static Partner aDirectBillPartner(boolean mpnActive, LocalDate directBillSince, Program... more) {
        List<PartnerProfile.ProgramHolding> programs = new java.util.ArrayList<>();
        programs.add(new PartnerProfile.ProgramHolding(Program.DIRECT_BILL, ProgramStatus.ACTIVE, directBillSince));
        for (Program program : more) {
            programs.add(new PartnerProfile.ProgramHolding(program, ProgramStatus.ACTIVE, directBillSince));
        }
        PartnerProfile profile = new PartnerProfile("4234567", "Fabrikam AB", "SE", "sv-SE",
                new PartnerProfile.Contact("Eva", "Lind", "eva@fabrikam.se"), mpnActive, "mpn@fabrikam.se", null,
                false, false, null, programs);
        return Partner.register(UUID.randomUUID(), profile, null, NOW);
    }

    @Test
    @DisplayName("an application is pending approval, due five business days later across the weekend")
    void pendingWithDueDate() {
        IndirectResellerEnrollment application = anApplication();
        assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.PENDING_APPROVAL);
        assertThat(application.approvalDueBy()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Nested
    @DisplayName("the steps")
    class Steps {

        @Test
        @DisplayName("approve, then the agreement makes it ACTIVE")
        void approveThenAgreement() {
            assertThat(aCompletedTransition().status()).isEqualTo(IndirectResellerEnrollmentStatus.ACTIVE);
        }

        @Test
        @DisplayName("the agreement before approval is refused: AGREEMENT_BEFORE_APPROVAL")
        void agreementBeforeApproval() {
            assertThat(codeOf(() -> anApplication().acceptAgreement("eva", NOW))).isEqualTo("AGREEMENT_BEFORE_APPROVAL");
        }

        @Test
        @DisplayName("a rejection needs a reason, and a rejected application cannot be accepted")
        void rejection() {
            IndirectResellerEnrollment application = anApplication();
            assertThat(codeOf(() -> application.reject("", "operator", NOW))).isEqualTo("REJECTION_REASON_REQUIRED");
            application.reject("PartnerID does not match", "operator", NOW);
            assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.REJECTED);
            assertThat(codeOf(() -> application.acceptAgreement("eva", NOW))).isEqualTo("ENROLLMENT_CLOSED");
            assertThat(codeOf(() -> application.approve("operator", NOW))).isEqualTo("ENROLLMENT_ALREADY_DECIDED");
        }

        @Test
        @DisplayName("a pending or approved application can be withdrawn")
        void withdraw() {
            IndirectResellerEnrollment application = anApplication();
            application.approve("operator", NOW);
            application.withdraw(NOW);
            assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.WITHDRAWN);
        }
    }

    @Nested
    @DisplayName("E6 irreversibility: nothing takes a completed transition back to direct bill only")
    class Irreversible {

        @Test
        @DisplayName("no rejection, no second decision, no withdrawal: INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE")
        void noWayBack() {
            IndirectResellerEnrollment active = aCompletedTransition();
            assertThat(codeOf(() -> active.reject("changed my mind", "operator", NOW))).isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
            assertThat(codeOf(() -> active.approve("operator", NOW))).isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
            assertThat(codeOf(() -> active.withdraw(NOW))).isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
            assertThat(active.status()).isEqualTo(IndirectResellerEnrollmentStatus.ACTIVE);
        }

        @Test
        @DisplayName("no second application either")
        void noSecondApplication() {
            Partner partner = aDirectBillPartner(true, LocalDate.of(2017, 3, 1));
            assertThat(codeOf(() -> IndirectResellerApplicationPolicy.check(partner, Optional.of(aCompletedTransition()), Set.of())))
                    .isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
        }
    }

    @Nested
    @DisplayName("E6 who may apply")
    class WhoMayApply {

        @Test
        @DisplayName("a direct-bill partner with an active MPN membership")
        void directBillPartner() {
            IndirectResellerApplicationPolicy.check(aDirectBillPartner(true, LocalDate.of(2017, 3, 1)), Optional.empty(), Set.of());
        }

        @Test
        @DisplayName("not one already holding indirect reseller (INDIRECT_RESELLER_ALREADY_HELD), nor twice (ENROLLMENT_ALREADY_SUBMITTED)")
        void notTwice() {
            assertThat(codeOf(() -> IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(true, LocalDate.of(2017, 3, 1), Program.INDIRECT_RESELLER), Optional.empty(), Set.of())))
                    .isEqualTo("INDIRECT_RESELLER_ALREADY_HELD");
            assertThat(codeOf(() -> IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(true, LocalDate.of(2017, 3, 1)), Optional.of(anApplication()), Set.of())))
                    .isEqualTo("ENROLLMENT_ALREADY_SUBMITTED");
        }

        @Test
        @DisplayName("not without an active MPN membership: MPN_MEMBERSHIP_INACTIVE")
        void mpnInactive() {
            assertThat(codeOf(() -> IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(false, LocalDate.of(2017, 3, 1)), Optional.empty(), Set.of())))
                    .isEqualTo("MPN_MEMBERSHIP_INACTIVE");
        }

        @Test
        @DisplayName("with a configured anniversary window, only anniversaries inside it: TRANSITION_WINDOW_CLOSED")
        void anniversaryWindow() {
            Set<Month> septemberToDecember = Set.of(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);
            assertThat(codeOf(() -> IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(true, LocalDate.of(2017, 3, 1)), Optional.empty(), septemberToDecember)))
                    .isEqualTo("TRANSITION_WINDOW_CLOSED");
            IndirectResellerApplicationPolicy.check(aDirectBillPartner(true, LocalDate.of(2017, 10, 1)), Optional.empty(),
                    septemberToDecember);
        }
    }
}
