package org.csptransition.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * N1 which relationship fact (R1, R3–R5) becomes which e-mail, each to the partner who must act: the invited reseller,
 * the provider whose invitation was accepted, the provider a customer was extended to, reseller and provider when a
 * customer accepted an invitation, and both when a customer's MCA must still be accepted for the provider.
 */
public final class RelationshipMailRules {

    static final String ACCEPTANCE_REQUIRED = "ACCEPTANCE_REQUIRED";

    private RelationshipMailRules() {
    }

    /** R1: the reseller gets the link to accept. */
    public static List<Mail> partnershipInvited(UUID reseller) {
        return List.of(Mail.to(reseller, MailTemplate.PARTNERSHIP_INVITED));
    }

    /** R1: the provider learns it has a new reseller. */
    public static List<Mail> partnershipAccepted(UUID provider) {
        return List.of(Mail.to(provider, MailTemplate.PARTNERSHIP_ACCEPTED));
    }

    /** R3: the provider learns it has a new customer, and the billing information shared with it. */
    public static List<Mail> relationshipExtended(UUID provider) {
        return List.of(Mail.to(provider, MailTemplate.RELATIONSHIP_EXTENDED));
    }

    /** R4: both new partners of record are told. */
    public static List<Mail> customerInvitationAccepted(UUID reseller, UUID provider) {
        return List.of(Mail.to(reseller, MailTemplate.CUSTOMER_INVITATION_ACCEPTED),
                Mail.to(provider, MailTemplate.CUSTOMER_INVITATION_ACCEPTED));
    }

    /**
     * R5: when a customer's MCA is not valid for its provider, the reseller (when known) and the provider are told what to
     * do; any other status sends nothing.
     */
    public static List<Mail> agreementStatusChanged(String status, UUID reseller, UUID provider) {
        if (!ACCEPTANCE_REQUIRED.equals(status)) {
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        if (reseller != null) {
            mails.add(Mail.to(reseller, MailTemplate.MCA_ACCEPTANCE_REQUIRED));
        }
        mails.add(Mail.to(provider, MailTemplate.MCA_ACCEPTANCE_REQUIRED));
        return mails;
    }
}
