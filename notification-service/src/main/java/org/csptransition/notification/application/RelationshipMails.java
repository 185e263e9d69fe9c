package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.notification.domain.Mail;
import org.csptransition.notification.domain.RelationshipMailRules;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.events.relationship.RelationshipExtended;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * N1 the e-mails of relationship facts (R1, R3–R5), in the consumer's transaction: {@link RelationshipMailRules} decides
 * which and to whom, this class gives each template its facts.
 */
@ApplicationScoped
public class RelationshipMails {

    private final Notifications notifications;

    RelationshipMails(Notifications notifications) {
        this.notifications = notifications;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void partnershipInvited(EventEnvelope event, PartnershipInvited invited) {
        notifications.enqueue(event, RelationshipMailRules.partnershipInvited(invited.resellerTenantId()),
                Map.of("providerName", invited.providerName(), "link", invited.link()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void partnershipAccepted(EventEnvelope event, PartnershipAccepted accepted) {
        notifications.enqueue(event, RelationshipMailRules.partnershipAccepted(accepted.providerTenantId()),
                Map.of("resellerName", accepted.resellerName()));
    }

    /** R3: the provider also learns the billing information shared with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relationshipExtended(EventEnvelope event, RelationshipExtended extended) {
        RelationshipExtended.BillingProfile billing = extended.billingProfile();
        notifications.enqueue(event, RelationshipMailRules.relationshipExtended(extended.providerTenantId()), Map.of(
                "resellerName", extended.resellerName(), "customerName", extended.customerName(),
                "attestedBy", extended.consent() == null ? "-" : extended.consent().attestedBy(),
                "billingEmail", billing == null || billing.email() == null ? "-" : billing.email(),
                "billingAddress", billing == null ? "-" : address(billing.address())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void customerInvitationAccepted(EventEnvelope event, CustomerInvitationAccepted accepted) {
        notifications.enqueue(event, RelationshipMailRules.customerInvitationAccepted(accepted.resellerTenantId(),
                accepted.providerTenantId()), Map.of("customerName", accepted.customerName(),
                "resellerName", accepted.resellerName(), "providerName", accepted.providerName()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementStatusChanged(EventEnvelope event, AgreementStatusChanged change) {
        List<Mail> mails = RelationshipMailRules.agreementStatusChanged(change.status(), change.resellerTenantId(),
                change.providerTenantId());
        // most status changes are e-mailed to no one, and need not carry what the acceptance e-mail shows; the link to the
        // customer's own acceptance page is absent from events older than it (then the e-mail has no such line)
        notifications.enqueue(event, mails, mails.isEmpty() ? Map.of()
                : Map.of("customerName", change.customerName(), "providerName", change.providerName(),
                "link", change.customerAcceptanceLink() == null ? "" : change.customerAcceptanceLink()));
    }

    /** One line, as a postal address is read: "Stortorget 1, 211 20 Malmö, SE"; a dash when there is none. */
    private static String address(RelationshipExtended.Address address) {
        if (address == null) {
            return "-";
        }
        return Stream.of(address.line1(), address.line2(), address.postalCode() + " " + address.city(), address.country())
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("null null"))
                .collect(Collectors.joining(", "));
    }
}
