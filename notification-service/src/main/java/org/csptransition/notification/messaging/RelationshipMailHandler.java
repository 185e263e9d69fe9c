package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.RelationshipMails;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.messaging.EventHandler;

import java.util.Set;

/** N1 the relationship facts (R1, R3–R5) that become e-mails: decoded here, written by {@link RelationshipMails}. */
@ApplicationScoped
public class RelationshipMailHandler implements EventHandler {

    private final RelationshipMails mails;

    RelationshipMailHandler(RelationshipMails mails) {
        this.mails = mails;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PARTNERSHIP_INVITED, EventType.PARTNERSHIP_ACCEPTED, EventType.CUSTOMER_RELATIONSHIP_EXTENDED,
                EventType.CUSTOMER_INVITATION_ACCEPTED, EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED);
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (EventType.fromWireName(event.type()).orElseThrow()) {
            case PARTNERSHIP_INVITED -> mails.partnershipInvited(event, event.payload(PartnershipInvited.class));
            case PARTNERSHIP_ACCEPTED -> mails.partnershipAccepted(event, event.payload(PartnershipAccepted.class));
            case CUSTOMER_RELATIONSHIP_EXTENDED -> mails.relationshipExtended(event, event.payload(RelationshipExtended.class));
            case CUSTOMER_INVITATION_ACCEPTED -> mails.customerInvitationAccepted(event, event.payload(CustomerInvitationAccepted.class));
            case CUSTOMER_AGREEMENT_STATUS_CHANGED -> mails.agreementStatusChanged(event, event.payload(AgreementStatusChanged.class));
            default -> {
                // not one of handles(): nothing to write
            }
        }
    }
}
