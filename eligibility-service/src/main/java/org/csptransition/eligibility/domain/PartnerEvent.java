package org.csptransition.eligibility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a partner tenant, as its aggregates report it ({@link Partner}, {@link DirectBillEnrollment},
 * {@link IndirectResellerEnrollment}, {@link CapabilityReviewChange}). Each carries the facts its event needs, so the
 * application publishes it without reading the aggregate again; every one is about the tenant {@link #tenantId()}.
 */
public sealed interface PartnerEvent {

    UUID tenantId();

    /**
     * E1: the operator registered the tenant. {@code transitionCompletedAt} is set when it was registered already holding
     * direct bill and indirect reseller (E6 done before the import), else null.
     */
    record Registered(UUID tenantId, String partnerId, String companyName, String country, String preferredLocale,
                      PartnerProfile.Contact primaryContact, String mpnAccountEmail, List<PartnerProfile.ProgramHolding> programs,
                      Instant transitionCompletedAt) implements PartnerEvent {
    }

    /** E1: the GlobalAdmin changed its profile; the whole writable profile after the change. */
    record ProfileUpdated(UUID tenantId, String companyName, String preferredLocale, PartnerProfile.Contact primaryContact,
                          String mpnAccountEmail, Attestations attestations) implements PartnerEvent {
    }

    /** E4, E5, E6: one program changed status; {@code capabilityReviewId} names the E5 review that did it, if one did. */
    record ProgramChanged(UUID tenantId, ProgramChange change, UUID capabilityReviewId, TransitionDeadline deadline)
            implements PartnerEvent {

        /** A change with no deadline ahead (E5: only a restriction or suspension under an escalation has one). */
        public ProgramChanged(UUID tenantId, ProgramChange change, UUID capabilityReviewId) {
            this(tenantId, change, capabilityReviewId, null);
        }
    }

    /** E2 SUPPORT, E4: the support plan; {@code enrollmentId} is the application it completes, null when none. */
    record SupportPlanRecorded(UUID tenantId, UUID enrollmentId, SupportPlan plan) implements PartnerEvent {
    }

    /** E4 */
    record DirectBillSubmitted(UUID tenantId, UUID enrollmentId, String policyVersion, Instant submittedAt) implements PartnerEvent {
    }

    /** E3 */
    record CreditCheckPassed(UUID tenantId, UUID enrollmentId, Instant decidedAt) implements PartnerEvent {
    }

    /** E3 */
    record CreditCheckFailed(UUID tenantId, UUID enrollmentId, String reason, Instant decidedAt) implements PartnerEvent {
    }

    /** E4: with a stable reason code and the operator's reason. */
    record DirectBillRejected(UUID tenantId, UUID enrollmentId, String reasonCode, String reason) implements PartnerEvent {
    }

    /** E4 */
    record DirectBillApproved(UUID tenantId, UUID enrollmentId, Instant approvedAt) implements PartnerEvent {
    }

    /** E6 */
    record IndirectResellerSubmitted(UUID tenantId, UUID enrollmentId, LocalDate approvalDueBy) implements PartnerEvent {
    }

    /** E6 */
    record IndirectResellerApproved(UUID tenantId, UUID enrollmentId) implements PartnerEvent {
    }

    /** E6 */
    record IndirectResellerRejected(UUID tenantId, UUID enrollmentId, String reason) implements PartnerEvent {
    }

    /** E6: the agreement was accepted; {@code programs} are every program the tenant now holds. */
    record TransitionCompleted(UUID tenantId, UUID enrollmentId, Instant completedAt, List<PartnerProfile.ProgramHolding> programs)
            implements PartnerEvent {
    }

    /** E6: the invitation to the indirect-reseller incentives is due by {@code dueBy}, with where and in which language to send it. */
    record IncentivesInvitationDue(UUID tenantId, UUID enrollmentId, LocalDate dueBy, String mpnAccountEmail,
                                   String primaryContactEmail, String preferredLocale) implements PartnerEvent {
    }
}
