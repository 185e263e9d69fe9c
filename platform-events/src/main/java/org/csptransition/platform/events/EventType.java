package org.csptransition.platform.events;

import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.DirectBillEnrollmentSubmitted;
import org.csptransition.platform.events.partner.DirectBillSupportPlanRecorded;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentApproved;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentRejected;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentSubmitted;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.events.transfer.SubscriptionSuspended;
import org.csptransition.platform.events.transfer.SubscriptionTransferred;
import org.csptransition.platform.events.transfer.TransferAccepted;
import org.csptransition.platform.events.transfer.TransferCompleted;
import org.csptransition.platform.events.transfer.TransferCreated;
import org.csptransition.platform.events.transfer.TransferExpired;
import org.csptransition.platform.events.transfer.TransferFailed;
import org.csptransition.platform.events.transfer.TransferPartiallyCompleted;
import org.csptransition.platform.events.transfer.TransferPartnerVerified;
import org.csptransition.platform.events.transfer.TransferProviderVerified;
import org.csptransition.platform.events.transfer.TransferRejected;
import org.csptransition.platform.events.transfer.TransferWithdrawn;
import org.csptransition.platform.events.transfer.TransitionWaveCompleted;
import org.csptransition.platform.events.transfer.TransitionWaveStarted;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: wire name (a past-tense fact with a version), topic, aggregate type and payload record.
 * Every entry has a golden sample in {@code events/samples/<wire name>.json}; docs/events.md describes each one.
 */
public enum EventType {

    PARTNER_REGISTERED("partner.registered.v1", Topics.PARTNER_EVENTS, "partner", PartnerRegistered.class),
    PARTNER_UPDATED("partner.updated.v1", Topics.PARTNER_EVENTS, "partner", PartnerUpdated.class),
    DIRECT_BILL_ENROLLMENT_SUBMITTED("directbill.enrollment.submitted.v1", Topics.PARTNER_EVENTS, "partner", DirectBillEnrollmentSubmitted.class),
    DIRECT_BILL_CREDIT_CHECK_PASSED("directbill.creditcheck.passed.v1", Topics.PARTNER_EVENTS, "partner", DirectBillCreditCheckPassed.class),
    DIRECT_BILL_CREDIT_CHECK_FAILED("directbill.creditcheck.failed.v1", Topics.PARTNER_EVENTS, "partner", DirectBillCreditCheckFailed.class),
    DIRECT_BILL_SUPPORT_PLAN_RECORDED("directbill.supportplan.recorded.v1", Topics.PARTNER_EVENTS, "partner", DirectBillSupportPlanRecorded.class),
    DIRECT_BILL_ENROLLMENT_APPROVED("directbill.enrollment.approved.v1", Topics.PARTNER_EVENTS, "partner", DirectBillEnrollmentApproved.class),
    DIRECT_BILL_ENROLLMENT_REJECTED("directbill.enrollment.rejected.v1", Topics.PARTNER_EVENTS, "partner", DirectBillEnrollmentRejected.class),
    INDIRECT_RESELLER_ENROLLMENT_SUBMITTED("indirectreseller.enrollment.submitted.v1", Topics.PARTNER_EVENTS, "partner", IndirectResellerEnrollmentSubmitted.class),
    INDIRECT_RESELLER_ENROLLMENT_APPROVED("indirectreseller.enrollment.approved.v1", Topics.PARTNER_EVENTS, "partner", IndirectResellerEnrollmentApproved.class),
    INDIRECT_RESELLER_ENROLLMENT_REJECTED("indirectreseller.enrollment.rejected.v1", Topics.PARTNER_EVENTS, "partner", IndirectResellerEnrollmentRejected.class),
    INDIRECT_RESELLER_ENROLLMENT_COMPLETED("indirectreseller.enrollment.completed.v1", Topics.PARTNER_EVENTS, "partner", IndirectResellerEnrollmentCompleted.class),
    PARTNER_PROGRAM_CHANGED("partner.program.changed.v1", Topics.PARTNER_EVENTS, "partner", PartnerProgramChanged.class),
    PARTNER_INCENTIVES_INVITATION_DUE("partner.incentives.invitation.due.v1", Topics.PARTNER_EVENTS, "partner", PartnerIncentivesInvitationDue.class),
    PARTNERSHIP_INVITED("partnership.invited.v1", Topics.RELATIONSHIP_EVENTS, "partnership", PartnershipInvited.class),
    PARTNERSHIP_ACCEPTED("partnership.accepted.v1", Topics.RELATIONSHIP_EVENTS, "partnership", PartnershipAccepted.class),
    CUSTOMER_REGISTERED("customer.registered.v1", Topics.RELATIONSHIP_EVENTS, "customer", CustomerRegistered.class),
    CUSTOMER_PARTNER_OF_RECORD_ADDED("customer.partner-of-record.added.v1", Topics.RELATIONSHIP_EVENTS, "customer", PartnerOfRecordAdded.class),
    CUSTOMER_RELATIONSHIP_EXTENDED("customer.relationship.extended.v1", Topics.RELATIONSHIP_EVENTS, "customer", RelationshipExtended.class),
    CUSTOMER_INVITATION_ACCEPTED("customer.invitation.accepted.v1", Topics.RELATIONSHIP_EVENTS, "customer", CustomerInvitationAccepted.class),
    CUSTOMER_AGREEMENT_STATUS_CHANGED("customer.agreement.status.changed.v1", Topics.RELATIONSHIP_EVENTS, "customer", AgreementStatusChanged.class),
    TRANSFER_CREATED("transfer.created.v1", Topics.TRANSFER_EVENTS, "transfer", TransferCreated.class),
    TRANSFER_WITHDRAWN("transfer.withdrawn.v1", Topics.TRANSFER_EVENTS, "transfer", TransferWithdrawn.class),
    TRANSFER_REJECTED("transfer.rejected.v1", Topics.TRANSFER_EVENTS, "transfer", TransferRejected.class),
    TRANSFER_EXPIRED("transfer.expired.v1", Topics.TRANSFER_EVENTS, "transfer", TransferExpired.class),
    TRANSFER_ACCEPTED("transfer.accepted.v1", Topics.TRANSFER_EVENTS, "transfer", TransferAccepted.class),
    TRANSFER_COMPLETED("transfer.completed.v1", Topics.TRANSFER_EVENTS, "transfer", TransferCompleted.class),
    TRANSFER_PARTIALLY_COMPLETED("transfer.partially-completed.v1", Topics.TRANSFER_EVENTS, "transfer", TransferPartiallyCompleted.class),
    TRANSFER_FAILED("transfer.failed.v1", Topics.TRANSFER_EVENTS, "transfer", TransferFailed.class),
    TRANSFER_PROVIDER_VERIFIED("transfer.provider-verified.v1", Topics.TRANSFER_EVENTS, "transfer", TransferProviderVerified.class),
    TRANSFER_PARTNER_VERIFIED("transfer.partner-verified.v1", Topics.TRANSFER_EVENTS, "transfer", TransferPartnerVerified.class),
    SUBSCRIPTION_TRANSFERRED("subscription.transferred.v1", Topics.TRANSFER_EVENTS, "transfer", SubscriptionTransferred.class),
    SUBSCRIPTION_SUSPENDED("subscription.suspended.v1", Topics.TRANSFER_EVENTS, "transfer", SubscriptionSuspended.class),
    TRANSITION_WAVE_STARTED("transition-wave.started.v1", Topics.TRANSFER_EVENTS, "transition-wave", TransitionWaveStarted.class),
    TRANSITION_WAVE_COMPLETED("transition-wave.completed.v1", Topics.TRANSFER_EVENTS, "transition-wave", TransitionWaveCompleted.class);

    private final String wireName;
    private final String topic;
    private final String aggregateType;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String wireName, String topic, String aggregateType, Class<? extends EventPayload> payloadClass) {
        this.wireName = wireName;
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.payloadClass = payloadClass;
    }

    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    public String samplePath() {
        return "events/samples/" + wireName + ".json";
    }

    public static EventType of(Class<? extends EventPayload> payloadClass) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass.equals(payloadClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + payloadClass.getName()));
    }

    /** Unknown wire names are not an error: consumers ignore event types they do not know. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
