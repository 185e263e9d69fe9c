package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csptransition.eligibility.domain.DirectBillEnrollmentTest.codeOf;

@DisplayName("E6 indirect-reseller enrollment on the direct-bill tenant")
class IndirectResellerEnrollmentTest {

    static final Instant NOW = Instant.parse("2026-11-19T10:00:00Z");
    static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    static IndirectResellerEnrollment anApplication() {
        return IndirectResellerEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "eva", NOW, THURSDAY).enrollment();
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
                false, false, null, programs, null);
        return Partner.register(UUID.randomUUID(), profile, null, NOW).partner();
    }

    @Test
    @DisplayName("an application is pending approval, due five business days later across the weekend, and says so in its event")
    void pendingWithDueDate() {
        UUID tenant = UUID.randomUUID();
        IndirectResellerEnrollment.Submission submission = IndirectResellerEnrollment.submit(UUID.randomUUID(), tenant, "eva", NOW, THURSDAY);
        IndirectResellerEnrollment application = submission.enrollment();
        assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.PENDING_APPROVAL);
        assertThat(application.approvalDueBy()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(submission.submitted())
                .isEqualTo(new PartnerEvent.IndirectResellerSubmitted(tenant, application.id(), LocalDate.of(2026, 11, 26)));
    }

    @Nested
    @DisplayName("the steps")
    class Steps {

        @Test
        @DisplayName("approve (with its event), then the agreement makes it ACTIVE")
        void approveThenAgreement() {
            IndirectResellerEnrollment application = anApplication();
            assertThat(application.approve("operator", NOW))
                    .isEqualTo(new PartnerEvent.IndirectResellerApproved(application.tenantId(), application.id()));
            assertThat(application.mayAcceptAgreement().isAllowed()).isTrue();
            application.acceptAgreement("eva", NOW);
            assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.ACTIVE);
            assertThat(application.agreementAcceptedAt()).contains(NOW);
        }

        @Test
        @DisplayName("the agreement before approval is refused: AGREEMENT_BEFORE_APPROVAL, and never accepted")
        void agreementBeforeApproval() {
            IndirectResellerEnrollment application = anApplication();
            assertThat(codeOf(application.mayAcceptAgreement())).isEqualTo("AGREEMENT_BEFORE_APPROVAL");
            assertThatThrownBy(() -> application.acceptAgreement("eva", NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.PENDING_APPROVAL);
        }

        @Test
        @DisplayName("a rejection needs a reason, and a rejected application cannot be accepted")
        void rejection() {
            IndirectResellerEnrollment application = anApplication();
            assertThat(codeOf(application.mayReject(""))).isEqualTo("REJECTION_REASON_REQUIRED");
            assertThat(application.reject("PartnerID does not match", "operator", NOW))
                    .isEqualTo(new PartnerEvent.IndirectResellerRejected(application.tenantId(), application.id(), "PartnerID does not match"));
            assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.REJECTED);
            assertThat(codeOf(application.mayAcceptAgreement())).isEqualTo("ENROLLMENT_CLOSED");
            assertThat(codeOf(application.mayApprove())).isEqualTo("ENROLLMENT_ALREADY_DECIDED");
        }

        @Test
        @DisplayName("a pending or approved application can be withdrawn")
        void withdraw() {
            IndirectResellerEnrollment application = anApplication();
            application.approve("operator", NOW);
            assertThat(application.mayWithdraw().isAllowed()).isTrue();
            application.withdraw(NOW);
            assertThat(application.status()).isEqualTo(IndirectResellerEnrollmentStatus.WITHDRAWN);
            assertThat(codeOf(application.mayWithdraw())).isEqualTo("ENROLLMENT_CLOSED");
        }
    }

    @Nested
    @DisplayName("E6 irreversibility: nothing takes a completed transition back to direct bill only")
    class Irreversible {

        @Test
        @DisplayName("no rejection, no second decision, no withdrawal: INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE")
        void noWayBack() {
            IndirectResellerEnrollment active = aCompletedTransition();
            assertThat(codeOf(active.mayReject("changed my mind"))).isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
            assertThat(codeOf(active.mayApprove())).isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
            assertThat(codeOf(active.mayWithdraw())).isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
            assertThat(codeOf(active.mayAcceptAgreement())).isEqualTo("AGREEMENT_ALREADY_ACCEPTED");
            assertThatThrownBy(() -> active.reject("changed my mind", "operator", NOW)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> active.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(active.status()).isEqualTo(IndirectResellerEnrollmentStatus.ACTIVE);
        }

        @Test
        @DisplayName("no second application either")
        void noSecondApplication() {
            Partner partner = aDirectBillPartner(true, LocalDate.of(2017, 3, 1));
            assertThat(codeOf(IndirectResellerApplicationPolicy.check(partner, Optional.of(aCompletedTransition()), Set.of())))
                    .isEqualTo(IndirectResellerEnrollment.IRREVERSIBLE);
        }
    }

    @Nested
    @DisplayName("E6 who may apply")
    class WhoMayApply {

        @Test
        @DisplayName("a direct-bill partner with an active MPN membership")
        void directBillPartner() {
            assertThat(IndirectResellerApplicationPolicy.check(aDirectBillPartner(true, LocalDate.of(2017, 3, 1)), Optional.empty(),
                    Set.of()).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("not one already holding indirect reseller (INDIRECT_RESELLER_ALREADY_HELD), nor twice (ENROLLMENT_ALREADY_SUBMITTED)")
        void notTwice() {
            assertThat(codeOf(IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(true, LocalDate.of(2017, 3, 1), Program.INDIRECT_RESELLER), Optional.empty(), Set.of())))
                    .isEqualTo("INDIRECT_RESELLER_ALREADY_HELD");
            assertThat(codeOf(IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(true, LocalDate.of(2017, 3, 1)), Optional.of(anApplication()), Set.of())))
                    .isEqualTo("ENROLLMENT_ALREADY_SUBMITTED");
        }

        @Test
        @DisplayName("not without an active MPN membership: MPN_MEMBERSHIP_INACTIVE")
        void mpnInactive() {
            assertThat(codeOf(IndirectResellerApplicationPolicy.check(
                    aDirectBillPartner(false, LocalDate.of(2017, 3, 1)), Optional.empty(), Set.of())))
                    .isEqualTo("MPN_MEMBERSHIP_INACTIVE");
        }

        @Test
        @DisplayName("with a configured anniversary window, only anniversaries inside it: TRANSITION_WINDOW_CLOSED")
        void anniversaryWindow() {
            Set<Month> septemberToDecember = Set.of(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);
            Outcome march = IndirectResellerApplicationPolicy.check(aDirectBillPartner(true, LocalDate.of(2017, 3, 1)), Optional.empty(),
                    septemberToDecember);
            assertThat(codeOf(march)).isEqualTo("TRANSITION_WINDOW_CLOSED");
            assertThat(march.refusals().get(0).context())
                    .containsEntry("anniversaryMonths", List.of(9, 10, 11, 12)).containsEntry("anniversaryMonth", 3);
            assertThat(IndirectResellerApplicationPolicy.check(aDirectBillPartner(true, LocalDate.of(2017, 10, 1)), Optional.empty(),
                    septemberToDecember).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("every reason at once: MPN_MEMBERSHIP_INACTIVE and TRANSITION_WINDOW_CLOSED, each naming its field")
        void everyReasonAtOnce() {
            Outcome outcome = IndirectResellerApplicationPolicy.check(aDirectBillPartner(false, LocalDate.of(2017, 3, 1)), Optional.empty(),
                    Set.of(Month.SEPTEMBER));
            assertThat(outcome.refusals()).extracting(Refusal::code).containsExactly("MPN_MEMBERSHIP_INACTIVE", "TRANSITION_WINDOW_CLOSED");
            assertThat(outcome.refusals()).extracting(Refusal::field).containsExactly("mpnMembershipActive", "programs");
        }
    }
}
