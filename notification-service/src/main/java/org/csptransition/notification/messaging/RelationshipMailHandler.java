package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.MailRequest;
import org.csptransition.notification.application.MailTemplate;
import org.csptransition.notification.application.Notifications;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.persistence.RecipientRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.messaging.EventHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** N1 the e-mails of relationship facts (R1, R3–R5), each to the partner who must act, in its language. */
@ApplicationScoped
public class RelationshipMailHandler implements EventHandler {

    private final RecipientRepository recipients;
    private final Notifications notifications;

    RelationshipMailHandler(RecipientRepository recipients, Notifications notifications) {
        this.recipients = recipients;
        this.notifications = notifications;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PARTNERSHIP_INVITED, EventType.PARTNERSHIP_ACCEPTED, EventType.CUSTOMER_RELATIONSHIP_EXTENDED,
                EventType.CUSTOMER_INVITATION_ACCEPTED, EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED);
    }

    @Override
    public void handle(EventEnvelope event) {
        List<MailRequest> mails = switch (EventType.fromWireName(event.type()).orElseThrow()) {
            case PARTNERSHIP_INVITED -> {
                PartnershipInvited invited = event.payload(PartnershipInvited.class);
                yield List.of(MailRequest.to(recipient(invited.resellerTenantId()), MailTemplate.PARTNERSHIP_INVITED,
                        Map.of("providerName", invited.providerName(), "link", invited.link())));
            }
            case PARTNERSHIP_ACCEPTED -> {
                PartnershipAccepted accepted = event.payload(PartnershipAccepted.class);
                yield List.of(MailRequest.to(recipient(accepted.providerTenantId()), MailTemplate.PARTNERSHIP_ACCEPTED,
                        Map.of("resellerName", accepted.resellerName())));
            }
            case CUSTOMER_RELATIONSHIP_EXTENDED -> List.of(extended(event.payload(RelationshipExtended.class)));
            case CUSTOMER_INVITATION_ACCEPTED -> {
                CustomerInvitationAccepted accepted = event.payload(CustomerInvitationAccepted.class);
                Map<String, Object> facts = Map.of("customerName", accepted.customerName(),
                        "resellerName", accepted.resellerName(), "providerName", accepted.providerName());
                yield List.of(MailRequest.to(recipient(accepted.resellerTenantId()), MailTemplate.CUSTOMER_INVITATION_ACCEPTED, facts),
                        MailRequest.to(recipient(accepted.providerTenantId()), MailTemplate.CUSTOMER_INVITATION_ACCEPTED, facts));
            }
            case CUSTOMER_AGREEMENT_STATUS_CHANGED -> acceptanceRequired(event.payload(AgreementStatusChanged.class));
            default -> List.of();
        };
        notifications.enqueue(event, mails);
    }

    /** R3: the provider learns it has a new customer, and the billing information shared with it. */
    private MailRequest extended(RelationshipExtended extended) {
        RelationshipExtended.BillingProfile billing = extended.billingProfile();
        String address = billing == null || billing.address() == null ? "-" : Stream.of(billing.address().line1(),
                        billing.address().line2(), billing.address().postalCode() + " " + billing.address().city(), billing.address().country())
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("null null"))
                .collect(Collectors.joining(", "));
        return MailRequest.to(recipient(extended.providerTenantId()), MailTemplate.RELATIONSHIP_EXTENDED, Map.of(
                "resellerName", extended.resellerName(), "customerName", extended.customerName(),
                "attestedBy", extended.consent() == null ? "-" : extended.consent().attestedBy(),
                "billingEmail", billing == null || billing.email() == null ? "-" : billing.email(),
                "billingAddress", address));
    }

    /** R5: when a customer's MCA is not valid for its provider, the reseller and the provider are told what to do. */
    private List<MailRequest> acceptanceRequired(AgreementStatusChanged change) {
        if (!"ACCEPTANCE_REQUIRED".equals(change.status())) {
            return List.of();
        }
        Map<String, Object> facts = Map.of("customerName", change.customerName(), "providerName", change.providerName());
        List<MailRequest> mails = new ArrayList<>();
        if (change.resellerTenantId() != null) {
            mails.add(MailRequest.to(recipient(change.resellerTenantId()), MailTemplate.MCA_ACCEPTANCE_REQUIRED, facts));
        }
        mails.add(MailRequest.to(recipient(change.providerTenantId()), MailTemplate.MCA_ACCEPTANCE_REQUIRED, facts));
        return mails;
    }

    private Recipient recipient(UUID tenantId) {
        return recipients.findByIdOptional(tenantId).orElseThrow(() -> new IllegalStateException(
                "No recipient known for tenant " + tenantId + ": its partner.registered.v1 has not arrived yet"));
    }
}
