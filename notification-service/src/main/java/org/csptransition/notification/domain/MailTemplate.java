package org.csptransition.notification.domain;

/** N1: one template per fact a person must act on; the id names the file {@code templates/mail/<id>.txt}. */
public enum MailTemplate {

    CREDIT_CHECK_PASSED("credit-check-passed"),
    CREDIT_CHECK_FAILED("credit-check-failed"),
    DIRECT_BILL_APPROVED("direct-bill-approved"),
    DIRECT_BILL_REJECTED("direct-bill-rejected"),
    INDIRECT_RESELLER_APPROVED("indirect-reseller-approved"),
    INCENTIVES_INVITATION("incentives-invitation"),
    CAPABILITIES_RESTRICTED("capabilities-restricted"),
    /** E5: ahead of the day escalation would suspend or revoke a restricted partner, at each lead time. */
    TRANSITION_DEADLINE_WARNING("transition-deadline-warning"),
    PARTNERSHIP_INVITED("partnership-invited"),
    PARTNERSHIP_ACCEPTED("partnership-accepted"),
    RELATIONSHIP_EXTENDED("relationship-extended"),
    CUSTOMER_INVITATION_ACCEPTED("customer-invitation-accepted"),
    MCA_ACCEPTANCE_REQUIRED("mca-acceptance-required"),
    TRANSFER_CREATED("transfer-created"),
    TRANSFER_EXPIRY_REMINDER("transfer-expiry-reminder"),
    TRANSFER_REJECTED("transfer-rejected"),
    TRANSFER_WITHDRAWN("transfer-withdrawn"),
    TRANSFER_EXPIRED("transfer-expired"),
    TRANSFER_COMPLETED("transfer-completed"),
    TRANSFER_PARTIALLY_COMPLETED("transfer-partially-completed"),
    TRANSFER_FAILED("transfer-failed"),
    TRANSFER_PROVIDER_VERIFIED("transfer-provider-verified"),
    TRANSFER_PARTNER_VERIFIED("transfer-partner-verified"),
    /** N4: to the owner of a webhook endpoint disabled after failing every attempt for three days. */
    WEBHOOK_ENDPOINT_DISABLED("webhook-endpoint-disabled");

    private final String id;

    MailTemplate(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
