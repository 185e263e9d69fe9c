package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("E3/E4 direct-bill application: credit check, then support plan")
class DirectBillEnrollmentTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static DirectBillEnrollment anApplication() {
        return DirectBillEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "2021-04-15", "eva", NOW).enrollment();
    }

    /** The code of the first reason of a refused outcome; null when it is allowed. */
    static String codeOf(Outcome outcome) {
        return outcome.isAllowed() ? null : outcome.refusals().get(0).code();
    }

    @Test
    @DisplayName("E4: a new application is under review with a pending credit check, and says so in its event")
    void underReview() {
        UUID tenant = UUID.randomUUID();
        DirectBillEnrollment.Submission submission = DirectBillEnrollment.submit(UUID.randomUUID(), tenant, "2021-04-15", "eva", NOW);
        DirectBillEnrollment application = submission.enrollment();
        assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.UNDER_REVIEW);
        assertThat(application.creditCheck()).isEqualTo(CreditCheckStatus.PENDING);
        assertThat(submission.submitted()).isEqualTo(new PartnerEvent.DirectBillSubmitted(tenant, application.id(), "2021-04-15", NOW));
    }

    @Nested
    @DisplayName("E3 credit check")
    class CreditCheck {

        @Test
        @DisplayName("passed → CREDIT_CHECK_PASSED, with creditcheck.passed")
        void passed() {
            DirectBillEnrollment application = anApplication();
            assertThat(application.mayDecideCreditCheck(true, null).isAllowed()).isTrue();
            assertThat(application.decideCreditCheck(true, null, "operator", NOW))
                    .containsExactly(new PartnerEvent.CreditCheckPassed(application.tenantId(), application.id(), NOW));
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.CREDIT_CHECK_PASSED);
        }

        @Test
        @DisplayName("failed → REJECTED with CREDIT_CHECK_FAILED and the reason, with creditcheck.failed and enrollment.rejected")
        void failed() {
            DirectBillEnrollment application = anApplication();
            assertThat(application.decideCreditCheck(false, "Outstanding debts", "operator", NOW)).containsExactly(
                    new PartnerEvent.CreditCheckFailed(application.tenantId(), application.id(), "Outstanding debts", NOW),
                    new PartnerEvent.DirectBillRejected(application.tenantId(), application.id(), "CREDIT_CHECK_FAILED", "Outstanding debts"));
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.REJECTED);
            assertThat(application.rejectionCode()).contains("CREDIT_CHECK_FAILED");
            assertThat(application.rejectionReason()).contains("Outstanding debts");
        }

        @Test
        @DisplayName("a failure without a reason is refused: CREDIT_CHECK_REASON_REQUIRED, about the field reason")
        void failureNeedsReason() {
            Outcome outcome = anApplication().mayDecideCreditCheck(false, " ");
            assertThat(codeOf(outcome)).isEqualTo("CREDIT_CHECK_REASON_REQUIRED");
            assertThat(outcome.refusals().get(0).field()).isEqualTo("reason");
        }

        @Test
        @DisplayName("decided only once: CREDIT_CHECK_ALREADY_DECIDED, naming the decision")
        void onlyOnce() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(true, null, "operator", NOW);
            Outcome outcome = application.mayDecideCreditCheck(false, "late");
            assertThat(codeOf(outcome)).isEqualTo("CREDIT_CHECK_ALREADY_DECIDED");
            assertThat(outcome.refusals().get(0).context()).containsEntry("creditCheck", "PASSED");
        }

        @Test
        @DisplayName("a decision its rule refuses never changes the application")
        void refusedDecisionChangesNothing() {
            DirectBillEnrollment application = anApplication();
            assertThatThrownBy(() -> application.decideCreditCheck(false, null, "operator", NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.UNDER_REVIEW);
            assertThat(application.creditCheck()).isEqualTo(CreditCheckStatus.PENDING);
        }
    }

    @Nested
    @DisplayName("E3/E4 support plan")
    class SupportPlanStep {

        @Test
        @DisplayName("before the credit check passed it is refused: CREDIT_CHECK_NOT_PASSED, a conflict")
        void beforeCreditCheck() {
            DirectBillEnrollment application = anApplication();
            Outcome outcome = application.mayApproveWithSupportPlan();
            assertThat(codeOf(outcome)).isEqualTo("CREDIT_CHECK_NOT_PASSED");
            assertThat(outcome.refusals().get(0).kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(outcome.refusals().get(0).context()).containsEntry("creditCheck", "PENDING");
            assertThatThrownBy(() -> application.approveWith(SupportPlan.ASFP, NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.UNDER_REVIEW);
        }

        @Test
        @DisplayName("after the credit check passed it approves the application, with enrollment.approved")
        void afterCreditCheck() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(true, null, "operator", NOW);
            assertThat(application.mayApproveWithSupportPlan().isAllowed()).isTrue();
            assertThat(application.approveWith(SupportPlan.PSFP, NOW))
                    .isEqualTo(new PartnerEvent.DirectBillApproved(application.tenantId(), application.id(), NOW));
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.APPROVED);
            assertThat(application.supportPlan()).contains(SupportPlan.PSFP);
        }

        @Test
        @DisplayName("after a failed credit check it is still refused: CREDIT_CHECK_NOT_PASSED")
        void afterFailure() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(false, "debts", "operator", NOW);
            assertThat(codeOf(application.mayApproveWithSupportPlan())).isEqualTo("CREDIT_CHECK_NOT_PASSED");
        }
    }
}
