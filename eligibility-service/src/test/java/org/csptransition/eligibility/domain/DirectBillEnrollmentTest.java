package org.csptransition.eligibility.domain;

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
        return DirectBillEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "2021-04-15", "eva", NOW);
    }

    static String codeOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RefusedException e) {
            return e.refusals().get(0).code();
        }
    }

    @Test
    @DisplayName("E4: a new application is under review with a pending credit check")
    void underReview() {
        DirectBillEnrollment application = anApplication();
        assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.UNDER_REVIEW);
        assertThat(application.creditCheck()).isEqualTo(CreditCheckStatus.PENDING);
    }

    @Nested
    @DisplayName("E3 credit check")
    class CreditCheck {

        @Test
        @DisplayName("passed → CREDIT_CHECK_PASSED")
        void passed() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(true, null, "operator", NOW);
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.CREDIT_CHECK_PASSED);
        }

        @Test
        @DisplayName("failed → REJECTED with CREDIT_CHECK_FAILED and the reason")
        void failed() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(false, "Outstanding debts", "operator", NOW);
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.REJECTED);
            assertThat(application.rejectionCode()).contains("CREDIT_CHECK_FAILED");
            assertThat(application.rejectionReason()).contains("Outstanding debts");
        }

        @Test
        @DisplayName("a failure without a reason is refused: CREDIT_CHECK_REASON_REQUIRED")
        void failureNeedsReason() {
            assertThat(codeOf(() -> anApplication().decideCreditCheck(false, " ", "operator", NOW))).isEqualTo("CREDIT_CHECK_REASON_REQUIRED");
        }

        @Test
        @DisplayName("decided only once: CREDIT_CHECK_ALREADY_DECIDED")
        void onlyOnce() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(true, null, "operator", NOW);
            assertThat(codeOf(() -> application.decideCreditCheck(false, "late", "operator", NOW))).isEqualTo("CREDIT_CHECK_ALREADY_DECIDED");
        }
    }

    @Nested
    @DisplayName("E3/E4 support plan")
    class SupportPlanStep {

        @Test
        @DisplayName("before the credit check passed it is refused: CREDIT_CHECK_NOT_PASSED")
        void beforeCreditCheck() {
            assertThatThrownBy(() -> anApplication().approveWith(SupportPlan.ASFP, NOW))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.refusals().get(0).code()).isEqualTo("CREDIT_CHECK_NOT_PASSED");
                        assertThat(e.refusals().get(0).kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    });
        }

        @Test
        @DisplayName("after the credit check passed it approves the application")
        void afterCreditCheck() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(true, null, "operator", NOW);
            application.approveWith(SupportPlan.PSFP, NOW);
            assertThat(application.status()).isEqualTo(DirectBillEnrollmentStatus.APPROVED);
            assertThat(application.supportPlan()).contains(SupportPlan.PSFP);
        }

        @Test
        @DisplayName("after a failed credit check it is still refused: CREDIT_CHECK_NOT_PASSED")
        void afterFailure() {
            DirectBillEnrollment application = anApplication();
            application.decideCreditCheck(false, "debts", "operator", NOW);
            assertThat(codeOf(() -> application.approveWith(SupportPlan.ASFP, NOW))).isEqualTo("CREDIT_CHECK_NOT_PASSED");
        }
    }
}
